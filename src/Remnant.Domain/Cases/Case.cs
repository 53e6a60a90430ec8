using Remnant.Domain.History;
using Remnant.Domain.Validation;

namespace Remnant.Domain.Cases;

/// <summary>An investigation: a set of recoveries documented together
/// (e.g. "DPRK ballistic missiles used against Ukraine, 2024").</summary>
public sealed class Case : IRetractable
{
    /// <summary>The id of the case that holds recoveries recorded without one.</summary>
    public const string UnassignedId = "unassigned";

    /// <inheritdoc />
    public required string Id { get; set; }

    /// <summary>Short title.</summary>
    public required string Title { get; set; }

    /// <summary>What the case is about; free text.</summary>
    public string? Description { get; set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <inheritdoc />
    public DateTimeOffset? RetractedAt { get; set; }

    /// <inheritdoc />
    public string? RetractedBy { get; set; }

    /// <inheritdoc />
    public string? RetractionReason { get; set; }

    /// <summary>Validates and applies editable fields.</summary>
    public static ValidationErrors Apply(Case target, string? title, string? description)
    {
        var errors = new ValidationErrors();
        var cleanTitle = TextRules.Required(title, "title", errors);
        var cleanDescription = TextRules.Clean(description, "description", errors, TextRules.LongMax, multiline: true);
        if (!errors.IsValid) return errors;
        target.Title = cleanTitle!;
        target.Description = cleanDescription;
        return errors;
    }
}
