namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// An in-memory index over every name and alias of the latest snapshots. A query is never compared
/// with every name: its words' keys (sound keys, one-letter-deletion keys, consonant skeletons, Korean
/// surname groups, joined word pairs) pick the candidate names through posting lists, weighted by
/// rarity; only the best candidates are aligned and scored. Immutable once built; safe to share
/// between threads.
/// </summary>
public sealed partial class ScreeningIndex
{
    private readonly ListedParty[] parties;
    private readonly Entry[] entries;
    private readonly Dictionary<string, int[]> postings;
    private readonly Dictionary<string, double> keyWeights;
    private readonly Dictionary<string, double> skeletonWeights;
    private readonly double unknownWeight;
    private readonly Dictionary<(ListSource Source, string StableId), ListedParty> byId;
    // Made once, not per candidate: acronym readings are tried for every body a query is aligned with.
    private readonly Func<PartReading, NameAlignment> alignReading;

    private ScreeningIndex(ListedParty[] parties, Entry[] entries, Dictionary<string, int[]> postings,
        Dictionary<string, double> keyWeights, Dictionary<string, double> skeletonWeights, double unknownWeight)
    {
        this.parties = parties;
        this.entries = entries;
        this.postings = postings;
        this.keyWeights = keyWeights;
        this.skeletonWeights = skeletonWeights;
        this.unknownWeight = unknownWeight;
        byId = new Dictionary<(ListSource, string), ListedParty>(parties.Length);
        alignReading = r => AlignReading(r, explain: false);
        foreach (var p in parties) byId.TryAdd((p.Source, p.StableId), p);
    }

    /// <summary>How many parties the index holds.</summary>
    public int PartyCount => parties.Length;

    /// <summary>How many names and aliases (each transliteration counted once) it holds.</summary>
    public int NameCount => entries.Length;

    /// <summary>How many distinct lookup keys it holds.</summary>
    public int KeyCount => postings.Count;

    /// <summary>Every party in the index.</summary>
    public IReadOnlyList<ListedParty> Parties => parties;

    /// <summary>The party a list knows by <paramref name="stableId"/>, or null.</summary>
    public ListedParty? Find(ListSource source, string? stableId) =>
        stableId is not null && byId.TryGetValue((source, stableId), out var party) ? party : null;

    /// <summary>A word's rarity weight: the inverse of how many listed parties use it.</summary>
    public double WeightOf(NameToken token)
    {
        if (!token.Abjad) return keyWeights.TryGetValue(token.Key, out var k) ? k : unknownWeight;
        // An Arabic-script word weighs as its commonest Latin reading (ثاقب as Saqib or Thaqib).
        var weight = unknownWeight;
        foreach (var reading in ArabicScript.Readings(token.Skeleton))
            if (skeletonWeights.TryGetValue(reading, out var s) && s < weight) weight = s;
        return weight;
    }

    /// <summary>One indexed name form.</summary>
    private sealed record Entry(int Party, PartyName Name, NameToken[] Tokens)
    {
        public PreparedName? Prepared { get; set; }
    }
}
