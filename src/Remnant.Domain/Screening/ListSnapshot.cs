namespace Remnant.Domain.Screening;

/// <summary>One release of one list: its own generation date and every party in it.</summary>
public sealed record ListSnapshot
{
    /// <summary>Creates a snapshot.</summary>
    /// <exception cref="ArgumentException">When a party belongs to another list or two share a stable id.</exception>
    public ListSnapshot(ListSource source, DateTimeOffset generatedAt, IEnumerable<ListedParty> parties, string? contentHash = null)
    {
        var list = parties.ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var party in list)
        {
            if (party.Source != source) throw new ArgumentException($"Party {party.StableId} is from {party.Source}, not {source}.", nameof(parties));
            if (!ids.Add(party.StableId)) throw new ArgumentException($"Stable id {party.StableId} appears twice.", nameof(parties));
        }
        Source = source;
        GeneratedAt = generatedAt;
        Parties = list;
        ContentHash = contentHash;
    }

    /// <summary>Which list.</summary>
    public ListSource Source { get; }

    /// <summary>The list's own generation date (UN <c>dateGenerated</c>, OFAC <c>Publish_Date</c>,
    /// EU <c>generationDate</c>); for files that carry none, the date the importer was given.</summary>
    public DateTimeOffset GeneratedAt { get; }

    /// <summary>Every party, in file order.</summary>
    public IReadOnlyList<ListedParty> Parties { get; }

    /// <summary>A hash of the imported bytes, when known: the same file imported twice is the same snapshot.</summary>
    public string? ContentHash { get; }

    /// <summary>How many parties are persons.</summary>
    public int PersonCount => Parties.Count(p => p.Schema == PartySchema.Person);

    /// <summary>What changed from <paramref name="previous"/> to this snapshot.</summary>
    public SnapshotDiff DiffFrom(ListSnapshot? previous) => SnapshotDiff.Between(previous, this);
}
