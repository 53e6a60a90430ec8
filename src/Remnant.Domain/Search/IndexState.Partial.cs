namespace Remnant.Domain.Search;

internal sealed partial class IndexState
{
    // Matches that cannot be kept are still verified and counted up to this total, so a common
    // fragment reports "at least this many" rather than only the few it kept; past it they are
    // skipped unread and the total becomes a lower bound (TopHits.Pruned).
    internal const int CountedMatches = 1000;

    /// <summary>
    /// Offers every live entry whose fold key contains <paramref name="fragment"/> (or, when
    /// <paramref name="exact"/>, equals it) to <paramref name="top"/>, scored. A candidate is
    /// first bounded from its <see cref="EntryInfo"/> alone (length, first and last characters);
    /// only one that could still be kept, or is still to be counted, has its key read.
    /// </summary>
    public void FindContaining(string fragment, bool exact, TopHits top)
    {
        if (fragment.Length < 2) return;
        var probe = new Probe(fragment, exact);
        if (fragment.Length == 2)
        {
            // An exact bigram list: every entry on it at least two characters long holds the fragment.
            if (_bigrams.TryGetValue(Grams.Bigram(fragment[0], fragment[1]), out var pairs)) Scan(pairs, probe, top, verified: true);
            return;
        }
        // Candidates come from the shortest list of the fragment's trigrams. They are not
        // intersected with the other lists: the entry's own trigram bits rule out nearly every
        // candidate lacking one, and a candidate still in the running has its key read anyway,
        // which costs no more than seeking it in another list.
        var grams = new HashSet<long>();
        Grams.CanonicalTrigrams(fragment, grams);
        Posting? shortest = null;
        foreach (var gram in grams)
        {
            if (!_trigrams.TryGetValue(gram, out var posting)) return;
            if (shortest is null || posting.Count < shortest.Count) shortest = posting;
        }
        Scan(shortest!, probe, top, verified: false);
    }

    /// <summary>
    /// Offers the entries of <paramref name="list"/> block by block: a block none of whose entries
    /// could be kept is skipped once enough matches are counted, and each entry is bounded from its
    /// <see cref="EntryInfo"/> before its key is read. <paramref name="verified"/>: every entry on the
    /// list holds the fragment (a bigram list), so one that cannot be kept is counted unread.
    /// </summary>
    private void Scan(Posting list, in Probe probe, TopHits top, bool verified)
    {
        var ids = list.Ids;
        for (var b = 0; b < list.BlockCount; b++)
        {
            var from = b << Posting.BlockShift;
            var to = Math.Min(ids.Length, from + Posting.BlockSize);
            if (b > 0 && top.Total >= CountedMatches && !probe.CouldKeep(in list.Block(b), ids[from], top))
            {
                top.Prune();
                continue;
            }
            for (var i = from; i < to; i++)
            {
                // Rule candidates out on their own struct before paying for the key.
                var e = ids[i];
                ref readonly var info = ref _entries[e];
                if (!info.Alive) continue;
                var bound = probe.Bound(in info);
                if (bound < 0) continue;
                var keep = top.CouldKeep(bound, info.Field, info.FoldLength, e);
                if (keep) Consider(e, probe, top, verified);
                else if (verified) top.Count();
                else if (top.Total >= CountedMatches) top.Prune();
                else if (Matches(e, probe)) top.Count();
            }
        }
    }

    private bool Matches(int e, in Probe probe)
    {
        var key = Fold(e);
        return probe.Exact ? key.SequenceEqual(probe.Fragment) : key.IndexOf(probe.Fragment, StringComparison.Ordinal) >= 0;
    }

    private void Consider(int e, in Probe probe, TopHits top, bool verified)
    {
        var key = Fold(e);
        var fragment = probe.Fragment.AsSpan();
        if (probe.Exact)
        {
            if (key.Length != fragment.Length || !key.SequenceEqual(fragment)) return;
            top.Offer(e, 1.0, Field(e), key.Length);
            return;
        }
        // Prefix and suffix are cheap to test and rank first; only the rest needs a search.
        var prefix = key.StartsWith(fragment, StringComparison.Ordinal);
        var suffix = !prefix && key.EndsWith(fragment, StringComparison.Ordinal);
        if (!prefix && !suffix && !verified && key.IndexOf(fragment, StringComparison.Ordinal) < 0) return;
        top.Offer(e, PartialScore(key.Length, fragment.Length, prefix, suffix), Field(e), key.Length);
    }

    /// <summary>Whole key 1; prefix 0.9+; suffix 0.8+; inside 0.5+, more for a larger share of the key.</summary>
    internal static double PartialScore(int keyLength, int fragmentLength, bool prefix, bool suffix)
    {
        var share = (double)fragmentLength / keyLength;
        if (fragmentLength == keyLength) return 1.0;
        if (prefix) return 0.9 + 0.09 * share;
        if (suffix) return 0.8 + 0.09 * share;
        return 0.5 + 0.29 * share;
    }

    /// <summary>A fragment with its first and last characters packed like <see cref="EntryInfo.Head"/> and <see cref="EntryInfo.Tail"/>.</summary>
    private readonly struct Probe(string fragment, bool exact)
    {
        private readonly ulong _headMask = EntryInfo.HeadMask(fragment.Length);
        private readonly ulong _head = EntryInfo.HeadOf(fragment) & EntryInfo.HeadMask(fragment.Length);
        private readonly ulong _tailMask = EntryInfo.TailMask(fragment.Length);
        private readonly ulong _tail = EntryInfo.TailOf(fragment);
        private readonly ulong _trigrams = EntryInfo.TrigramsOf(fragment);

        public string Fragment { get; } = fragment;

        public bool Exact { get; } = exact;

        /// <summary>
        /// False when no entry of the block can be kept: the best rank any of them could have does
        /// not beat the worst kept. Where a key of the block starts with the fragment's first
        /// character's class, that rank is a prefix at the best (length, field) of such keys: every
        /// other key scores lower, as a prefix of a longer key or not a prefix at all. Else likewise
        /// a suffix; else inside, at the block's shortest key and best field. The block's first
        /// entry is the last tie-breaker.
        /// </summary>
        public bool CouldKeep(in PostingBlock block, int firstEntry, TopHits top)
        {
            var m = Fragment.Length;
            var length = Math.Max((int)block.MinLength, m);
            if (Exact) return top.CouldKeep(1.0, block.MinField, length, firstEntry);
            if ((block.FirstChars & PostingBlock.Bit(Fragment[0])) != 0)
            {
                return CouldKeepAt(block.Heads[Fragment[0] & 7], prefix: true, firstEntry, top);
            }
            if ((block.LastChars & PostingBlock.Bit(Fragment[^1])) != 0)
            {
                return CouldKeepAt(block.Tails[Fragment[^1] & 7], prefix: false, firstEntry, top);
            }
            return top.CouldKeep(PartialScore(length, m, prefix: false, suffix: false), block.MinField, length, firstEntry);
        }

        private bool CouldKeepAt(ushort slot, bool prefix, int firstEntry, TopHits top)
        {
            var length = Math.Max(PostingBlock.Slots.Length(slot), Fragment.Length);
            return top.CouldKeep(PartialScore(length, Fragment.Length, prefix, !prefix), PostingBlock.Slots.Field(slot), length, firstEntry);
        }

        /// <summary>
        /// The best score the entry could have, or -1 when it cannot match at all (too short, a
        /// trigram of the fragment missing, or the wrong length or first characters for an exact match). A prefix or suffix is
        /// assumed only when the packed first or last characters allow it, so the bound is the
        /// score the entry gets if it matches at all, or higher.
        /// </summary>
        public double Bound(in EntryInfo info)
        {
            var length = info.FoldLength;
            var m = Fragment.Length;
            if ((_trigrams & ~info.Trigrams) != 0) return -1;
            var head = ((info.Head & _headMask) ^ _head) == 0;
            if (Exact) return length == m && head ? 1.0 : -1;
            if (length < m) return -1;
            var tail = ((info.Tail & _tailMask) ^ _tail) == 0;
            return PartialScore(length, m, head, !head && tail);
        }
    }
}
