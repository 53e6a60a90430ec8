using System.Globalization;

namespace Remnant.Domain.Screening.Matching;

/// <summary>One pairing of query words with candidate words and how alike they are.</summary>
/// <param name="Query">The query word(s), joined when two were matched against one.</param>
/// <param name="Candidate">The candidate word(s).</param>
/// <param name="Similarity">0..1.</param>
/// <param name="Rule">same, sound, surname, spelling, consonants.</param>
/// <param name="Weight">The rarity weight the pair carried.</param>
public sealed record WordPair(string Query, string Candidate, double Similarity, string Rule, double Weight);

/// <summary>How one query name lines up with one listed name: which words paired, how much of each
/// side's weight they cover, how much rare-word evidence they carry, and the resulting name score.</summary>
public sealed record NameAlignment(IReadOnlyList<WordPair> Pairs, double QueryCoverage, double CandidateCoverage, double Evidence, double Score)
{
    /// <summary>Rare-word evidence at which a name match is fully trusted when the caller has no
    /// rarity table: about two uncommon words. An index uses the weight of a word it has never
    /// seen instead, so the bar scales with the lists' size.</summary>
    public const double FullEvidence = 10.0;

    /// <summary>Weight factor of legal forms, titles and particles: present, but never enough to match.</summary>
    public const double CommonWordFactor = 0.1;

    /// <summary>Share of the score given to covering the query (the rest to covering the listed name):
    /// lists carry more name parts than people type, so missing listed parts cost less.</summary>
    public const double QueryShare = 0.6;

    /// <summary>Nothing matched.</summary>
    public static readonly NameAlignment None = new([], 0, 0, 0, 0);

    /// <summary>A short text of the pairs: "choe=choe (same), chunsik~chun+sik (spelling 0.91)".</summary>
    public string Describe() => Describe(Pairs, rule => rule, ", ", "no word in common");

    /// <summary>The pairs as <see cref="Describe()"/> lays them out, with each rule worded by <paramref name="rule"/>
    /// (for another language) and <paramref name="none"/> when no word paired.</summary>
    public static string Describe(IReadOnlyList<WordPair> pairs, Func<string, string> rule, string separator, string none) => pairs.Count == 0 ? none
        : string.Join(separator, pairs.Select(p => p.Similarity >= 0.999 ? $"{p.Query}={p.Candidate}"
            : $"{p.Query}~{p.Candidate} ({rule(p.Rule)} {p.Similarity.ToString("0.00", CultureInfo.InvariantCulture)})"));
}
