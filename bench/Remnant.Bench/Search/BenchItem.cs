using Remnant.Domain.Search;

namespace Remnant.Bench.Search;

/// <summary>One generated item: the readings as stored (some misread by OCR noise) and the true serial.</summary>
internal sealed record BenchItem(int Id, string TrueSerial, SearchEntry[] Entries)
{
    public string ItemId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public string StoredSerial => Entries[0].Text;

    public bool Noisy => !string.Equals(TrueSerial, StoredSerial, StringComparison.Ordinal);
}
