using Remnant.Domain.Markings;
using Remnant.Domain.Validation;
using Remnant.Web.Components.Forms;

namespace Remnant.Web.Features.Markings;

/// <summary>The marking form as posted. The reading is passed on exactly as typed.</summary>
public sealed class MarkingInput
{
    public string? Text { get; set; }
    public string? Location { get; set; }
    public string? Method { get; set; } = nameof(MarkingMethod.Unknown);
    public string? Legibility { get; set; } = nameof(Domain.Markings.Legibility.Clear);
    public string? EvidenceFileId { get; set; }

    public static MarkingInput From(Marking m) => new()
    {
        Text = m.Text, Location = m.Location, Method = m.Method.ToString(), Legibility = m.Legibility.ToString(), EvidenceFileId = m.EvidenceFileId,
    };

    /// <summary>The typed fields; <paramref name="photoIds"/> are the files the reading may point to.</summary>
    public MarkingFields ToFields(ValidationErrors errors, IReadOnlyCollection<string> photoIds)
    {
        var file = string.IsNullOrWhiteSpace(EvidenceFileId) ? null : EvidenceFileId;
        if (file is not null && !photoIds.Contains(file)) errors.Add("evidenceFileId", "Choose one of this item's photos.");
        return new MarkingFields(Text,
            Location,
            FormParse.Choice(Method, "method", errors, MarkingMethod.Unknown),
            FormParse.Choice(Legibility, "legibility", errors, Domain.Markings.Legibility.Clear),
            file);
    }
}
