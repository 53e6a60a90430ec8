using Remnant.Data.Sanctions;
using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>Loads the real UN and OFAC SDN releases from the repository copy in <c>data/sanctions</c> (else <c>shared/data/sanctions</c> beside the clone).</summary>
internal static class SharedLists
{
    public static IReadOnlyList<ListSnapshot> Load()
    {
        var folder = Find();
        var un = SanctionsFile.Import(Path.Combine(folder, "un_consolidated_2024-09-26.xml"));
        var ofac = SanctionsFile.Import(Path.Combine(folder, "ofac_2021-07_sdn.csv"), ListSource.Ofac, new DateTimeOffset(2021, 7, 7, 0, 0, 0, TimeSpan.Zero));
        if (!un.Succeeded || !ofac.Succeeded) throw new InvalidDataException($"{un.Describe()} / {ofac.Describe()}");
        return [un.Snapshot!, ofac.Snapshot!];
    }

    private static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "data", "sanctions"), Path.Combine(dir.FullName, "shared", "data", "sanctions") })
                    if (File.Exists(Path.Combine(candidate, "un_consolidated_2024-09-26.xml"))) return candidate;
            }
        throw new DirectoryNotFoundException("data/sanctions (or shared/data/sanctions) not found above the working or program folder");
    }
}
