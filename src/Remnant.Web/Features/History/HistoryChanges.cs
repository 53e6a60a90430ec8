using System.Text.Json;

namespace Remnant.Web.Features.History;

/// <summary>What one history entry changed, field by field, read from the before and after
/// snapshots the history interceptor wrote.</summary>
internal static class HistoryChanges
{
    /// <summary>One field: its value before (null on creation) and after.</summary>
    internal sealed record Change(string Field, string? Before, string? After);

    // Derived match keys repeat the fields they are computed from.
    private static readonly HashSet<string> Derived = new(StringComparer.Ordinal) { "serialKey", "lotKey", "textKey" };

    public static IReadOnlyList<Change> Of(string? before, string? after)
    {
        var old = Read(before);
        var now = Read(after);
        var changes = new List<Change>();
        foreach (var field in old.Keys.Union(now.Keys).Where(f => !Derived.Contains(f)).Order(StringComparer.Ordinal))
        {
            var b = old.GetValueOrDefault(field);
            var a = now.GetValueOrDefault(field);
            if (b == a || (before is null && a is null)) continue;
            changes.Add(new Change(field, b, a));
        }
        return changes;
    }

    private static Dictionary<string, string?> Read(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json)) return values;
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return values;
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => property.Value.GetString(),
                    _ => property.Value.GetRawText(),
                };
            }
        }
        catch (JsonException)
        {
            values["(snapshot)"] = json;
        }
        return values;
    }
}
