namespace Remnant.Data.Tests;

/// <summary>Finds the real list files: the repository's copy in <c>data/sanctions</c>, else
/// <c>shared/data/sanctions</c> beside the clone, by walking up from the test assembly's folder.</summary>
internal static class SharedData
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Sanctions(string file)
    {
        var path = Path.Combine(Folder.Value, file);
        if (!File.Exists(path)) throw new FileNotFoundException($"Real list file {file} is missing from {Folder.Value}.", path);
        return path;
    }

    public static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // The copy in the repository (data/sanctions), else shared/ beside the clone.
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "data", "sanctions"), Path.Combine(dir.FullName, "shared", "data", "sanctions") })
                if (File.Exists(Path.Combine(candidate, "un_consolidated_2024-09-26.xml"))) return candidate;
        }
        throw new DirectoryNotFoundException(
            $"data/sanctions (or shared/data/sanctions) was not found in any folder above {AppContext.BaseDirectory}.");
    }
}
