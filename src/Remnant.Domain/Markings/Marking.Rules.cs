using Remnant.Domain.Text;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Markings;

/// <summary>The fields of a marking as they arrive from a form, the API or a file.</summary>
public sealed record MarkingFields(
    string? Text,
    string? Location = null,
    MarkingMethod Method = MarkingMethod.Unknown,
    Legibility Legibility = Legibility.Clear,
    string? EvidenceFileId = null);

public sealed partial class Marking
{
    /// <summary>Longest reading accepted.</summary>
    public const int MaxTextLength = 1_000;

    /// <summary>Checks <paramref name="fields"/>. The reading is kept exactly as typed (only
    /// checked, never trimmed or normalised): it is evidence.</summary>
    public static ValidationErrors Validate(MarkingFields fields)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(fields.Text)) errors.Add("text", "Required: the marking exactly as seen.");
        else if (fields.Text.Length > MaxTextLength) errors.Add("text", $"At most {MaxTextLength} characters.");
        else if (fields.Text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
            errors.Add("text", "Contains control characters; line breaks and tabs are the only ones kept.");
        TextRules.Clean(fields.Location, "location", errors);
        if (!Enum.IsDefined(fields.Method)) errors.Add("method", "Unknown method.");
        if (!Enum.IsDefined(fields.Legibility)) errors.Add("legibility", "Unknown legibility.");
        if (fields.EvidenceFileId is { Length: > 0 } file && !Ids.IsValid(file))
            errors.Add("evidenceFileId", "Not a valid evidence file id.");
        return errors;
    }

    /// <summary>Applies the descriptive fields (not the reading) after <see cref="Validate"/> passed.</summary>
    public void ApplyDetails(MarkingFields fields)
    {
        Location = string.IsNullOrWhiteSpace(fields.Location) ? null : fields.Location.Trim();
        Method = fields.Method;
        Legibility = fields.Legibility;
        EvidenceFileId = string.IsNullOrWhiteSpace(fields.EvidenceFileId) ? null : fields.EvidenceFileId;
    }

    /// <summary>A new marking from validated fields.</summary>
    public static Marking Create(string id, string itemId, MarkingFields fields, string actor, DateTimeOffset at)
    {
        var marking = new Marking { Id = id, ItemId = itemId, Text = fields.Text!, TextKey = FoldKey.Fold(fields.Text), CreatedAt = at, CreatedBy = actor };
        marking.ApplyDetails(fields);
        return marking;
    }
}
