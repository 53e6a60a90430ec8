using Microsoft.Extensions.Localization;
using Remnant.Domain.Tracing;
using Remnant.Web.Features.Parties.Shared;

namespace Remnant.Web.Features.Transfers;

internal enum BoxStyle { Holder, LastLegal, AfterDiversion, Recovery }

internal enum ArrowStyle { Transfer, Diversion, Gap, ToRecovery }

internal sealed record DiagramBox(double Y, string Title, string? Subtitle, string FullTitle, BoxStyle Style, string? Href);

internal sealed record DiagramArrow(double Y1, double Y2, string Label, ArrowStyle Style, string? Badge, bool Dashed);

/// <summary>The layout of an item's chain as a vertical diagram: one box per holder, arrows
/// downwards in time labelled with dates, gaps dashed, the point of diversion in red, the recovery
/// last. Everything is centred on one axis, so the drawing reads the same left-to-right and
/// right-to-left; only text direction changes.</summary>
internal sealed class ChainDiagram
{
    public const double Width = 640, BoxWidth = 380, BoxHeight = 54, Gap = 66, Top = 12;
    public const double CenterX = Width / 2, BoxX = (Width - BoxWidth) / 2;

    public List<DiagramBox> Boxes { get; } = [];
    public List<DiagramArrow> Arrows { get; } = [];
    public double Height { get; private set; } = Top;

    public static ChainDiagram Build(ChainView view, IStringLocalizer L, bool publicView)
    {
        var d = new ChainDiagram();
        var chain = view.Chain;
        var stale = chain.MarkIsStale;
        string? pendingBadge = chain.MarkerAfter == -1 && !stale ? Badge(chain.Mark!, L) : null;
        for (var i = 0; i < chain.Steps.Count; i++)
        {
            var step = chain.Steps[i];
            if (i == 0 || !step.FollowsOn)
            {
                if (i > 0) d.Connect(L["links not known"], ArrowStyle.Gap, ref pendingBadge);
                var fromStyle = step.Phase == ChainPhase.AfterDiversion ? BoxStyle.AfterDiversion
                    : step.Phase == ChainPhase.Diversion || (i == 0 && chain.MarkerAfter == -1 && !stale) ? BoxStyle.LastLegal : BoxStyle.Holder;
                d.Party(view, step.Link.FromPartyId, fromStyle, L, publicView);
            }
            var label = $"{TracingLabels.Ltr(TracingLabels.Period(step.Link.Start, step.Link.End))} · {TracingLabels.Confidence(L, step.Link.Confidence)}"
                + (step.Link.MatchedBy == ChainMatch.Item ? "" : $" · {TracingLabels.Match(L, step.Link.MatchedBy)}");
            var badge = step.Phase == ChainPhase.Diversion ? Badge(chain.Mark!, L) : null;
            d.Connect(label, step.Phase == ChainPhase.Diversion ? ArrowStyle.Diversion : ArrowStyle.Transfer, ref pendingBadge, badge);
            var marked = chain.MarkerAfter == i && !stale;
            var toStyle = step.Phase is ChainPhase.AfterDiversion or ChainPhase.Diversion ? BoxStyle.AfterDiversion : marked ? BoxStyle.LastLegal : BoxStyle.Holder;
            d.Party(view, step.Link.ToPartyId, toStyle, L, publicView);
            if (marked) pendingBadge = Badge(chain.Mark!, L);
        }
        var item = view.Item;
        d.Connect(L["until recovery"], ArrowStyle.ToRecovery, ref pendingBadge);
        var where = string.Join(", ", new[] { item.PlaceName, item.Country }.Where(s => !string.IsNullOrEmpty(s)));
        d.Add(new DiagramBox(d.Height, $"{L["Recovered"]} {TracingLabels.Ltr(TracingLabels.Date(item.RecoveredOn))}", where.Length == 0 ? null : TracingLabels.Isolated(where),
            $"{L["Recovered"]} {TracingLabels.Date(item.RecoveredOn)} {where}".Trim(), BoxStyle.Recovery, null));
        d.Height += Top;
        return d;
    }

    private static string Badge(DiversionPoint mark, IStringLocalizer L) =>
        mark.DivertedOn is { } on ? $"{L["Point of diversion"]} · {TracingLabels.Ltr(TracingLabels.Date(on))}" : L["Point of diversion"];

    private void Party(ChainView view, string partyId, BoxStyle style, IStringLocalizer L, bool publicView)
    {
        var party = view.Parties.GetValueOrDefault(partyId);
        var name = TracingLabels.PartyName(L, party, partyId, publicView);
        var details = party is null ? null : string.Join(" · ", new[]
        {
            TracingLabels.Kind(L, party.Kind), party.Country is null ? null : TracingLabels.Ltr(party.Country), party.IsPrivateIndividual && !publicView ? L["Private individual"].Value : null,
        }.Where(s => !string.IsNullOrEmpty(s)));
        Add(new DiagramBox(Height, TracingLabels.Isolated(Shorten(name)), details, name, style, publicView ? null : $"/parties/{partyId}"));
    }

    private void Add(DiagramBox box)
    {
        Boxes.Add(box);
        Height = box.Y + BoxHeight;
    }

    // A pending badge (the point of diversion between links) goes on the next connector drawn.
    private void Connect(string label, ArrowStyle style, ref string? pendingBadge, string? badge = null)
    {
        var dashed = style is ArrowStyle.Gap or ArrowStyle.ToRecovery;
        if (pendingBadge is not null) style = ArrowStyle.Diversion;
        Arrows.Add(new DiagramArrow(Height, Height + Gap, label, style, badge ?? pendingBadge, dashed));
        pendingBadge = null;
        Height += Gap;
    }

    private static string Shorten(string text) => text.Length <= 44 ? text : text[..43] + "…";

    /// <summary>A rough width for a label's background, in pixels at 12px.</summary>
    public static double LabelWidth(string text) => Math.Min(Width - 20, 14 + text.Length * 6.6);
}
