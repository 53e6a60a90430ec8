namespace Remnant.Domain.Screening.Matching;

public sealed partial class ScreeningIndex
{
    /// <summary>The reading of a listed name as the acronym the query is.</summary>
    private const int WholeName = -2;

    /// <summary>Most candidate names aligned per query: enough for namesakes, bounded for speed.</summary>
    private const int MaxCandidates = 30;

    /// <summary>Candidate names kept besides those, for the words the query holds as written: the fuzzy keys of a
    /// mistyped rare word (Saepd) meet many names a letter or two away, which would otherwise fill the cut before
    /// the names that hold the query's other words themselves (Hafiz Muhammad Saeed).</summary>
    private const int MaxExactCandidates = 5;

    /// <summary>Posting lists longer than this are skipped for a key's deletions: the deletion key of a common word
    /// points at thousands of names and says little.</summary>
    private const int MaxFuzzyPosting = 1500;

    /// <summary>The same for a Latin query word's consonants, which many more names share than a key's deletion
    /// (h-s-n: Hassan, Hussein, Hasan, Husna): past this many names they say too little for their cost.</summary>
    private const int MaxConsonantPosting = 300;

    /// <summary>How much more a name found by a query word's own key counts in the candidate cut than
    /// one found by its other keys: enough to break ties, too little to reorder anything else.</summary>
    private const float ExactKeyEdge = 1.001f;

    [ThreadStatic] private static float[]? scratchScores;
    [ThreadStatic] private static float[]? scratchExact;
    [ThreadStatic] private static int[]? scratchStamps;

    /// <summary>Screens <paramref name="query"/>: candidates from the posting lists, aligned, scored
    /// with every feature explained, the best per party, best first.</summary>
    public ScreeningResult Screen(ScreeningQuery query, ScreeningOptions? options = null)
    {
        options ??= new ScreeningOptions();
        var acronymQuery = AcronymQuery(query);
        var candidates = Candidates(query, acronymQuery, options.Filter);
        var prepared = query.Forms.Select(f => new PreparedName(f, WeightOf)).ToArray();
        var best = new Dictionary<int, (int Entry, int Form, double Rank, int Reading)>();
        // The acronym readings that ranked a name (rare): Reading indexes them; -1 for none, WholeName for the query as an acronym.
        List<PartReading>? readings = null;
        foreach (var id in candidates)
        {
            var entry = entries[id];
            var persons = parties[entry.Party].Schema == PartySchema.Person;
            for (var f = 0; f < prepared.Length; f++)
            {
                var a = NameAligner.Align(prepared[f], entry.Prepared!, persons, explain: false, unknownWeight);
                var reading = -1;
                // A body's name read as the acronym the query is (IRGC), or with a run of words read as an
                // acronym in the other name (IRGC AIR FORCE).
                if (!persons && a.Score < Acronyms.Similarity)
                {
                    if (WholeAcronym(acronymQuery, entry.Prepared!) is { } whole && whole.Score > a.Score) (a, reading) = (whole, WholeName);
                    else if (Acronyms.BestReading(prepared[f].Tokens, entry.Prepared!.Tokens, alignReading) is { } part && part.Alignment.Score > a.Score)
                    {
                        (readings ??= []).Add(part.Reading);
                        (a, reading) = (part.Alignment, readings.Count - 1);
                    }
                }
                if (a.Score <= 0) continue;
                // Rank by name score times alias quality; the features are worked out for the best only.
                var rank = a.Score * entry.Name.Quality.Weight();
                if (!best.TryGetValue(entry.Party, out var previous) || rank > previous.Rank) best[entry.Party] = (id, f, rank, reading);
            }
        }
        var matches = new List<ScreeningMatch>();
        foreach (var (id, f, rank, reading) in best.Values.OrderByDescending(b => b.Rank).Take(options.Limit * 2))
        {
            // Features add at most 0.07 unless an identifier matches: below that, nothing to explain.
            if (rank < options.ReportFloor - 0.08 && query.Identifiers.Count == 0) break;
            var entry = entries[id];
            var alignment = reading == WholeName ? WholeAcronym(acronymQuery, entry.Prepared!)!
                : reading >= 0 && readings![reading] is var r
                ? Acronyms.Explained(AlignReading(r, explain: true), r)
                : NameAligner.Align(prepared[f], entry.Prepared!, parties[entry.Party].Schema == PartySchema.Person, explain: true, unknownWeight);
            var match = MatchScoring.Score(query, parties[entry.Party], entry.Name, alignment, options.Threshold);
            if (match.Score >= options.ReportFloor) matches.Add(match);
        }
        matches = [.. matches.OrderByDescending(m => m.Score).ThenBy(m => m.Party.PrimaryName, StringComparer.Ordinal).Take(options.Limit)];
        return new ScreeningResult(query, matches, options.Threshold);
    }

    /// <summary>A reading of two names with a run of words read as an acronym (<see cref="Acronyms.PartReadings"/>), aligned as bodies' names.</summary>
    private NameAlignment AlignReading(PartReading r, bool explain) =>
        NameAligner.Align(new PreparedName(r.Query, WeightOf), new PreparedName(r.Candidate, WeightOf), persons: false, explain, unknownWeight);

    private List<int> Candidates(ScreeningQuery query, NameToken? acronymQuery, Func<ListedParty, PartyName, bool>? filter)
    {
        var scores = scratchScores is { } s && s.Length >= entries.Length ? s : scratchScores = new float[entries.Length];
        var exactScores = scratchExact is { } e && e.Length >= entries.Length ? e : scratchExact = new float[entries.Length];
        var stamps = scratchStamps is { } st && st.Length >= entries.Length ? st : scratchStamps = new int[entries.Length];
        var touched = new List<int>();
        var stamp = 0;
        float total = 0;
        Span<float> buffer = stackalloc float[64];
        foreach (var form in query.Forms)
        {
            var anyDistinctive = form.Any(t => t.Distinctive);
            // Each word's weight once: a join key counts the weights of the words it joins.
            var weights = form.Length <= buffer.Length ? buffer[..form.Length] : new float[form.Length];
            for (var i = 0; i < form.Length; i++) weights[i] = (float)WeightOf(form[i]);
            for (var i = 0; i < form.Length; i++)
            {
                var t = form[i];
                if (anyDistinctive && !t.Distinctive) continue;
                stamp++;
                var weight = weights[i];
                total += weight;
                foreach (var (key, from, count, exact) in QueryKeys(form, i))
                {
                    // A key of words joined (Chong Chon Gang / Chongchongang) counts the weight of every word it joins.
                    var keyWeight = count == 1 ? weight : Sum(weights.Slice(from, count));
                    Collect(key, exact ? keyWeight * ExactKeyEdge : keyWeight, stamp, scores, stamps, touched,
                        maxPosting: key[0] is 'd' or 'r' ? MaxFuzzyPosting : key[0] == 's' && !t.Abjad ? MaxConsonantPosting : int.MaxValue, exact ? exactScores : null);
                }
            }
        }
        // A query that may be an acronym also finds the bodies whose initials it is.
        if (acronymQuery is { } acronym) Collect("a:" + acronym.Text, (float)WeightOf(acronym), ++stamp, scores, stamps, touched, int.MaxValue, null);
        // A name that shares less than a fifth of the query's weight cannot reach any threshold.
        var floor = total / Math.Max(1, query.Forms.Count) * 0.2f;
        var kept = touched.Where(id => scores[id] >= floor && (filter is null || filter(parties[entries[id].Party], entries[id].Name))).ToList();
        var ranked = kept;
        if (kept.Count > MaxCandidates)
        {
            ranked = Best(kept, scores, MaxCandidates);
            var chosen = new HashSet<int>(ranked);
            foreach (var id in Best(kept, exactScores, MaxExactCandidates)) if (exactScores[id] > 0 && chosen.Add(id)) ranked.Add(id);
        }
        foreach (var id in touched) { scores[id] = 0; exactScores[id] = 0; stamps[id] = 0; }
        return ranked;

        static List<int> Best(List<int> ids, float[] by, int count)
        {
            var keys = new float[ids.Count];
            for (var k = 0; k < keys.Length; k++) keys[k] = -by[ids[k]];
            var sorted = ids.ToArray();
            Array.Sort(keys, sorted);
            return [.. sorted.AsSpan(0, Math.Min(count, sorted.Length))];
        }
    }

    /// <summary>The keys a query word looks up, each with the words it stands for (from, count): its own key and those of it
    /// joined with the word before or after or the two after, which stand for the words as written (Kang Bong / Kangbong),
    /// then its other keys. A name counts a query word's weight once, from the first of its keys that finds it, so the
    /// words as written come first, and count a hair more (exact): among names that tie on weight the cut keeps those that
    /// hold the words themselves before those a letter away from them (Kang Bong before Chang Pong and Tae Dong Gang).</summary>
    private IEnumerable<(string Key, int From, int Count, bool Exact)> QueryKeys(NameToken[] form, int i)
    {
        yield return (OwnKey(form[i]), i, 1, true);
        if (JoinedWithNext(form, i)) yield return (OwnKey(TokenSimilarity.Join(form[i], form[i + 1])), i, 2, true);
        if (i > 0 && NameAligner.JoinsNext(form[i - 1])) yield return (OwnKey(TokenSimilarity.Join(form[i - 1], form[i])), i - 1, 2, true);
        if (NameAligner.Joinable3(form, i)) yield return (OwnKey(NameAligner.Join3(form, i)), i, 3, true);
        foreach (var key in OtherKeys(form[i], indexing: false)) yield return (key, i, 1, false);
        // A name with the article written onto it (Elkaddafi) is found by the name without it.
        if (!form[i].Abjad && TokenSimilarity.ArticleJoined(form[i].Text)) yield return ("k:" + LatinKeys.Phonetic(form[i].Text[2..]), i, 1, false);
    }

    private static float Sum(ReadOnlySpan<float> weights)
    {
        float sum = 0;
        foreach (var w in weights) sum += w;
        return sum;
    }

    /// <summary>The query read as an acronym: a name of one form with one distinctive word that could be one
    /// (IRGC, KPA), not an acronym given in parentheses after the name it stands for.</summary>
    private static NameToken? AcronymQuery(ScreeningQuery query) =>
        query.Forms.Count == 1 && Acronyms.LoneWord(query.Forms[0]) is { } word && Acronyms.CouldBe(word.Text) ? word : null;

    /// <summary>The query, a single word, read as the acronym of a body's listed name (IRGC, ISIL), or null.</summary>
    private NameAlignment? WholeAcronym(NameToken? acronym, PreparedName candidate) =>
        acronym is { } word && Acronyms.Abbreviates(word.Text, candidate.Tokens)
            ? Acronyms.WholeName(word.Text, string.Join(' ', candidate.Tokens.Select(t => t.Text)), WeightOf(word))
            : null;

    /// <summary>Adds <paramref name="weight"/> to the score of each name the key posts, once per query word (<paramref name="stamp"/>),
    /// and to <paramref name="exactScores"/> too for a word's own key.</summary>
    private void Collect(string key, float weight, int stamp, float[] scores, int[] stamps, List<int> touched, int maxPosting, float[]? exactScores)
    {
        if (!postings.TryGetValue(key, out var list) || list.Length > maxPosting) return;
        foreach (var id in list)
        {
            if (stamps[id] == stamp) continue;
            if (stamps[id] == 0 && scores[id] == 0) touched.Add(id);
            stamps[id] = stamp;
            scores[id] += weight;
            if (exactScores is not null) exactScores[id] += weight;
        }
    }
}
