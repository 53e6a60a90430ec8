using Remnant.Domain.Screening;

namespace Remnant.Data.Sanctions;

/// <summary>The outcome of reading a list file: a whole snapshot, or the reason there is none.
/// A failed import never yields part of a snapshot.</summary>
public sealed record SanctionsImportResult
{
    private SanctionsImportResult(ListSnapshot? snapshot, string? error, int? line)
    {
        Snapshot = snapshot;
        Error = error;
        Line = line;
    }

    /// <summary>The snapshot, when the file was read whole.</summary>
    public ListSnapshot? Snapshot { get; }

    /// <summary>Why the file was refused.</summary>
    public string? Error { get; }

    /// <summary>The 1-based line the problem was found on, when known.</summary>
    public int? Line { get; }

    /// <summary>True when <see cref="Snapshot"/> holds the whole list.</summary>
    public bool Succeeded => Snapshot is not null;

    /// <summary>The error with its line, for people: "line 12: unexpected end of file".</summary>
    public string Describe() => Succeeded ? $"{Snapshot!.Source.ToCode()} list of {Snapshot.GeneratedAt:yyyy-MM-dd}: {Snapshot.Parties.Count} parties"
        : Line is { } l ? $"line {l}: {Error}" : Error!;

    internal static SanctionsImportResult Ok(ListSnapshot snapshot) => new(snapshot, null, null);

    internal static SanctionsImportResult Fail(string error, int? line = null) =>
        new(null, error, line is > 0 ? line : null);
}
