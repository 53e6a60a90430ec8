namespace Remnant.Web.Features.Custody;

/// <summary>The hand-over form as posted.</summary>
internal sealed class CustodyInput
{
    public string? FromHolder { get; set; }
    public string? ToHolder { get; set; }
    public string? OccurredAt { get; set; }
    public string? Place { get; set; }
    public string? Purpose { get; set; }
}
