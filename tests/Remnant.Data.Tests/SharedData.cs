namespace Remnant.Data.Tests;

/// <summary>Finds the real list files in <c>shared/data/sanctions</c>, which sits beside the repository
/// (the repo at X, shared at X/../shared), by walking up from the test assembly's folder.</summary>
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
            var candidate = Path.Combine(dir.FullName, "shared", "data", "sanctions");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException(
            $"shared/data/sanctions was not found in any folder above {AppContext.BaseDirectory}; " +
            "the tests need the shared/ folder beside the repository clone.");
    }
}
