using Remnant.Domain.Validation;

namespace Remnant.Data.Exchange;

/// <summary>One reason an input was refused: where (a file line, or a record such as
/// <c>items[3]</c>), which field, and why.</summary>
public sealed record ImportProblem(long? Line, string? Record, string Field, string Reason)
{
    public override string ToString() =>
        Line is { } line ? $"line {line}: {Field}: {Reason}" : $"{Record}: {Field}: {Reason}";
}

/// <summary>What an import did, or why it did nothing. <see cref="Problems"/> empty means every
/// row was accepted and written in one transaction; otherwise nothing was written.</summary>
public sealed class ImportReport
{
    private readonly List<ImportProblem> _problems = [];
    private readonly HashSet<string> _rejected = new(StringComparer.Ordinal);

    /// <summary>Rows (CSV) or records (JSON) read.</summary>
    public int Read { get; set; }

    /// <summary>Rows or records with at least one problem.</summary>
    public int Rejected => _rejected.Count;

    public int Accepted => Math.Max(0, Read - Rejected);

    /// <summary>The problems, in file order (by line, stable).</summary>
    public IReadOnlyList<ImportProblem> Problems => _problems.OrderBy(p => p.Line ?? 0).ToList();

    public bool Succeeded => _problems.Count == 0;

    /// <summary>Records created, changed, and found already as the file says, by type.</summary>
    public SortedDictionary<string, int> Created { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> Updated { get; } = new(StringComparer.Ordinal);
    public int Unchanged { get; set; }

    /// <summary>Notes that are not problems (e.g. evidence recorded as not present).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>A problem of the file as a whole (header, syntax), not of one row.</summary>
    public void FileProblem(long? line, string field, string reason) => _problems.Add(new ImportProblem(line, null, field, reason));

    /// <summary>A problem of the row on <paramref name="line"/>.</summary>
    public void LineProblem(long line, string field, string reason)
    {
        _rejected.Add($"line:{line}");
        _problems.Add(new ImportProblem(line, null, field, reason));
    }

    /// <summary>A problem of the record at <paramref name="record"/> (e.g. <c>items[3]</c>).</summary>
    public void RecordProblem(string record, string field, string reason)
    {
        _rejected.Add(record);
        _problems.Add(new ImportProblem(null, record, field, reason));
    }

    /// <summary>Every message of <paramref name="errors"/> as problems of one line, with the domain's
    /// field names turned into the file's through <paramref name="fieldName"/>.</summary>
    public void LineProblems(long line, ValidationErrors errors, Func<string, string> fieldName)
    {
        foreach (var (field, messages) in errors.Fields)
            foreach (var message in messages) LineProblem(line, fieldName(field), message);
    }

    public void RecordProblems(string record, ValidationErrors errors)
    {
        foreach (var (field, messages) in errors.Fields)
            foreach (var message in messages) RecordProblem(record, field, message);
    }
}

/// <summary>How far an import or export has come: <paramref name="Done"/> of <paramref name="Total"/>
/// (null when unknown) in <paramref name="Stage"/>.</summary>
public readonly record struct ExchangeProgress(string Stage, long Done, long? Total);
