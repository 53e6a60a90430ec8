using Remnant.Data.Sanctions;
using Remnant.Domain.Screening;

namespace Remnant.Bench.Screening;

/// <summary>Loads the real UN and OFAC SDN releases from <c>shared/data/sanctions</c> beside the repository.</summary>
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
                var candidate = Path.Combine(dir.FullName, "shared", "data", "sanctions");
                if (Directory.Exists(candidate)) return candidate;
            }
        throw new DirectoryNotFoundException("shared/data/sanctions not found above the working or program folder");
    }
}
