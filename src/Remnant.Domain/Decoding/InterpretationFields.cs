using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Remnant.Domain.Decoding;

/// <summary>
/// The named parts an interpretation read out of a marking (<c>factory</c>, <c>maker</c>,
/// <c>country</c>, <c>year</c>, <c>week</c>, <c>month</c>, <c>interfix</c>, <c>sequence</c>...), in
/// reading order. A handful of entries in an array: cheaper than a hash table for decoding at volume.
/// </summary>
public sealed class InterpretationFields : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _entries;

    private InterpretationFields(KeyValuePair<string, string>[] entries) => _entries = entries;

    /// <summary>No fields.</summary>
    public static InterpretationFields Empty { get; } = new([]);

    /// <summary>Fields in the order given; a later duplicate key replaces the earlier value.</summary>
    public static InterpretationFields Of(params ReadOnlySpan<(string Key, string Value)> fields)
    {
        if (fields.IsEmpty) return Empty;
        var entries = new KeyValuePair<string, string>[fields.Length];
        var count = 0;
        foreach (var (key, value) in fields)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            var index = 0;
            while (index < count && entries[index].Key != key) index++;
            entries[index] = new KeyValuePair<string, string>(key, value ?? string.Empty);
            if (index == count) count++;
        }
        if (count < entries.Length) Array.Resize(ref entries, count);
        return new InterpretationFields(entries);
    }

    /// <inheritdoc />
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<string> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        foreach (var entry in _entries)
        {
            if (entry.Key == key) { value = entry.Value; return true; }
        }
        value = null;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
