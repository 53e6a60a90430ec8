namespace Remnant.Domain.Tracing;

/// <summary>The sentences that describe a chain, in English. Publication discipline (DOMAIN.md
/// section 4): a legal link is described as a recorded transfer and nothing more; no sentence
/// says or implies that a holder before the point of diversion did wrong, and private
/// individuals are named only through the caller's <c>nameOf</c>, which redacts them in public output.</summary>
public static class ChainWording
{
    /// <summary>Said once under every chain that has a point of diversion.</summary>
    public const string LegalHoldersNote =
        "Holders before the point of diversion are recorded as legal holders; nothing in this chain implies wrongdoing on their part.";

    /// <summary>What public output shows instead of a private individual's name.</summary>
    public const string PrivateIndividual = "a private individual";

    /// <summary>One sentence for one step.</summary>
    public static string Describe(ChainStep step, Func<string, string> nameOf)
    {
        var link = step.Link;
        var head = $"{nameOf(link.FromPartyId)} → {nameOf(link.ToPartyId)}, {Period(link.Start, link.End)}";
        var confidence = link.Confidence.ToString().ToLowerInvariant();
        return step.Phase switch
        {
            ChainPhase.Legal => $"{head}: recorded transfer within the legal chain ({confidence}).",
            ChainPhase.Diversion => $"{head}: point of diversion; after {nameOf(link.FromPartyId)}, the last legal holder, the item left legal hands ({confidence}).",
            ChainPhase.AfterDiversion => $"{head}: transfer after the point of diversion ({confidence}).",
            _ => $"{head}: recorded transfer ({confidence}).",
        };
    }

    /// <summary>The sentence for a point of diversion that stands between links.</summary>
    public static string DescribeMark(DiversionPoint mark, Func<string, string> nameOf)
    {
        var parts = new List<string> { $"Point of diversion: the item left legal hands after {nameOf(mark.LastLegalHolderId)}, the last legal holder" };
        if (mark.FirstIllicitHolderId is { } first) parts.Add($"first illicit holder: {nameOf(first)}");
        if (mark.DivertedOn is { } on) parts.Add($"date: {on:yyyy-MM-dd}");
        var place = string.Join(", ", new[] { mark.Place, mark.Country }.Where(p => !string.IsNullOrEmpty(p)));
        if (place.Length > 0) parts.Add($"place: {place}");
        return string.Join("; ", parts) + ".";
    }

    /// <summary>A day, or a period written <c>first – last</c>.</summary>
    public static string Period(DateOnly start, DateOnly? end) =>
        end is { } e && e != start ? $"{start:yyyy-MM-dd} – {e:yyyy-MM-dd}" : $"{start:yyyy-MM-dd}";
}
