namespace Remnant.Data.Reference;

/// <summary>A reference file is missing or holds a bad row; the message names the file and line.</summary>
public sealed class ReferenceDataException(string path, int line, string problem, Exception? inner = null)
    : Exception(line > 0 ? $"{path}, line {line}: {problem}" : $"{path}: {problem}", inner)
{
    /// <summary>The file that failed.</summary>
    public string Path { get; } = path;

    /// <summary>The 1-based line of the bad row (the header is line 1); 0 for the file as a whole.</summary>
    public int Line { get; } = line;
}
