namespace Remnant.Domain.Screening;

/// <summary>A party present in both snapshots whose content changed, with the fields that did.</summary>
public sealed record PartyChange(ListedParty Before, ListedParty After, IReadOnlyList<string> Fields);

/// <summary>What changed between two snapshots of one list, matched by stable id (UN DATAID, OFAC
/// ent_num, EU logicalId), so a renamed party is a change, not a removal and an addition.</summary>
public sealed record SnapshotDiff
{
    private SnapshotDiff(IReadOnlyList<ListedParty> added, IReadOnlyList<ListedParty> removed, IReadOnlyList<PartyChange> changed)
    {
        Added = added;
        Removed = removed;
        Changed = changed;
    }

    /// <summary>Parties new in the later snapshot.</summary>
    public IReadOnlyList<ListedParty> Added { get; }

    /// <summary>Parties no longer in the later snapshot (delisted).</summary>
    public IReadOnlyList<ListedParty> Removed { get; }

    /// <summary>Parties in both whose content differs.</summary>
    public IReadOnlyList<PartyChange> Changed { get; }

    /// <summary>True when nothing changed (the same file imported twice).</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;

    /// <summary>Compares <paramref name="previous"/> (null: nothing before) with <paramref name="current"/>.</summary>
    /// <exception cref="ArgumentException">When the snapshots are of different lists.</exception>
    public static SnapshotDiff Between(ListSnapshot? previous, ListSnapshot current)
    {
        if (previous is null) return new SnapshotDiff(current.Parties, [], []);
        if (previous.Source != current.Source) throw new ArgumentException("Snapshots of different lists cannot be compared.", nameof(current));
        var before = previous.Parties.ToDictionary(p => p.StableId, StringComparer.Ordinal);
        var added = new List<ListedParty>();
        var changed = new List<PartyChange>();
        foreach (var party in current.Parties)
        {
            if (!before.Remove(party.StableId, out var old)) added.Add(party);
            else if (!old.SameContent(party)) changed.Add(new PartyChange(old, party, old.ChangedFields(party)));
        }
        var removed = previous.Parties.Where(p => before.ContainsKey(p.StableId)).ToList();
        return new SnapshotDiff(added, removed, changed);
    }
}
