namespace Remnant.Domain.Validation;

/// <summary>Field-level validation messages, keyed by the field's camelCase name as it appears in
/// the API (<c>latitude</c>, <c>recoveredOn</c>). Collects every failure at once.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no field failed.</summary>
    public bool IsValid => _errors.Count == 0;

    /// <summary>Adds a message for <paramref name="field"/>.</summary>
    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
        return this;
    }

    /// <summary>Adds every message of <paramref name="other"/>, with field names prefixed
    /// (<c>prefix.field</c>) when a prefix is given.</summary>
    public ValidationErrors Merge(ValidationErrors other, string? prefix = null)
    {
        foreach (var (field, messages) in other._errors)
            foreach (var message in messages)
                Add(prefix is null ? field : $"{prefix}.{field}", message);
        return this;
    }

    /// <summary>The messages as the framework's ProblemDetails wants them.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>Every field with its messages.</summary>
    public IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Fields =>
        _errors.Select(e => new KeyValuePair<string, IReadOnlyList<string>>(e.Key, e.Value));

    /// <summary>One line per message: <c>field: message</c>.</summary>
    public override string ToString() =>
        string.Join("; ", _errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
}
