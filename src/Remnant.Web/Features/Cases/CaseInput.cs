namespace Remnant.Web.Features.Cases;

/// <summary>The case form as posted.</summary>
internal sealed class CaseInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }
}
