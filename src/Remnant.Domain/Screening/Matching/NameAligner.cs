using WordOption = (int Q, int QLen, int C, int CLen, double Sim, string Rule);

namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Scores a query name against a candidate name, order-free: a soft TF-IDF alignment in which each
/// word pairs with at most one word of the other name (or two adjacent words joined), pairs are taken
/// best first, and every word weighs by its rarity, so common words ("Mohammed", "Ali", "Corp")
/// cannot carry a match while rare ones do.
/// </summary>
public static partial class NameAligner
{
    /// <summary>Joined words must agree closely (same letters, same sound or same Arabic consonants):
    /// a fuzzy match across a join pairs unrelated syllables (Won-gi / Won Uk).</summary>
    private const double JoinMinimum = 0.9;

    /// <summary>Two long words as written, each of which the tokenizer split in two, must agree as closely as long words do:
    /// one vowel off (<see cref="VowelVariants.OneVowelOff"/>) or one slip.</summary>
    private const double WrittenWordMinimum = VowelVariants.OneVowelOff;

    /// <summary>Letters from which a word as written is long (Abdusalam): shorter, a word written with a hyphen is two
    /// syllables (U-gwang, EP-IDA), and one letter off in them is another name.</summary>
    private const int LongWrittenWord = 8;

    [ThreadStatic] private static List<WordOption>? scratch;
    [ThreadStatic] private static List<WordOption>? chosenScratch;

    /// <summary>Similarity given to cross-script consonant matches when three or more word pairs keep their order.</summary>
    private const double CrossScriptInOrder = 0.88;

    /// <summary>Coverage from which a name met word for word across scripts is met whole: each word meets by its consonants at
    /// 0.95 at most, at <see cref="CrossScriptInOrder"/> when only its order vouches for it, where Latin words meet at 1.</summary>
    private const double WholeAcrossScripts = CrossScriptInOrder;

    /// <summary>Coverage from which a name met in the same script is met whole.</summary>
    private const double Whole = 0.95;

    /// <summary>Best pairs first; between equals, the one covering more words. Two written words compared
    /// whole (<see cref="SplitFromOneWord"/> on both sides) go before all.</summary>
    private static readonly Comparison<WordOption> BestFirst =
        (a, b) => WrittenWords(a) != WrittenWords(b) ? (WrittenWords(a) ? -1 : 1)
            : b.Sim != a.Sim ? b.Sim.CompareTo(a.Sim) : (b.QLen + b.CLen).CompareTo(a.QLen + a.CLen);

    private static bool WrittenWords(in WordOption o) => o.QLen == 2 && o.CLen == 2;

    /// <summary>True when the word at <paramref name="i"/> and the next are the two parts the tokenizer made of one written word.</summary>
    private static bool SplitFromOneWord(NameToken[] tokens, int i) => i + 1 < tokens.Length && tokens[i].SameWrittenWord(tokens[i + 1]);

    /// <summary>Aligns <paramref name="query"/> with <paramref name="candidate"/>; <paramref name="weight"/>
    /// gives a word's rarity weight (inverse document frequency). <paramref name="persons"/>: a missing
    /// name part is common for people (a patronymic, a second given name) and costs half; for bodies a
    /// missing word is usually the one that names them, and costs in full.</summary>
    public static NameAlignment Align(NameToken[] query, NameToken[] candidate, Func<NameToken, double> weight, bool persons = true) =>
        Align(new PreparedName(query, weight), new PreparedName(candidate, weight), persons, explain: true, NameAlignment.FullEvidence);

    /// <summary>The joins of each word with the next (index i: words i and i+1).</summary>
    public static NameToken[] Joins(NameToken[] tokens)
    {
        var joins = new NameToken[Math.Max(0, tokens.Length - 1)];
        for (var i = 0; i < joins.Length; i++) joins[i] = TokenSimilarity.Join(tokens[i], tokens[i + 1]);
        return joins;
    }

    /// <summary>The joins of three short syllables from each word on (<see cref="Joinable3"/>); a default token where none.</summary>
    public static NameToken[] Joins3(NameToken[] tokens)
    {
        // Most names have none: no array to keep for them.
        NameToken[]? joins = null;
        for (var i = 0; i + 2 < tokens.Length; i++)
            if (Joinable3(tokens, i)) (joins ??= new NameToken[tokens.Length - 2])[i] = Join3(tokens, i);
        return joins ?? [];
    }

    /// <summary>Words i, i+1 and i+2 joined (for the aligner and the index keys alike).</summary>
    public static NameToken Join3(NameToken[] t, int i) => TokenSimilarity.Join(TokenSimilarity.Join(t[i], t[i + 1]), t[i + 2]);

    /// <summary>Three adjacent Latin name words of five letters or fewer, the syllables of a Korean or
    /// Chinese name written apart or as one word (Nam Chon Gang / Namchongang, Man Su Dae / Mansudae); or bin, the
    /// article and a name, which lists also write as one family name (bin al-Shibh / Binalshibh).</summary>
    public static bool Joinable3(NameToken[] t, int i) =>
        i + 2 < t.Length && (Syllable(t[i]) && Syllable(t[i + 1]) && Syllable(t[i + 2]) && Joinable(t[i], t[i + 1]) && Joinable(t[i + 1], t[i + 2])
            || t[i].Text is "bin" or "ben" or "ibn" && t[i + 1].Text is "al" or "el" && t[i + 2].Distinctive && !t[i + 2].Abjad);

    private static bool Syllable(in NameToken t) => !t.Abjad && t.Kind == WordKind.Name && t.Text.Length is >= 2 and <= 5;

    /// <summary>Aligns with the joins computed beforehand (the index keeps its names' joins); without
    /// <paramref name="explain"/> the word pairs are not spelled out, which screening needs only for the hits it returns.</summary>
    public static NameAlignment Align(PreparedName q, PreparedName c, bool persons, bool explain, double fullEvidence, bool pairwise = false)
    {
        NameToken[] query = q.Tokens, queryJoins = q.Joins, candidate = c.Tokens, candidateJoins = c.Joins, queryJoins3 = q.Joins3, candidateJoins3 = c.Joins3;
        double[] wq = q.Weights, wc = c.Weights;
        if (query.Length == 0 || candidate.Length == 0 || query.Length > 256 || candidate.Length > 256) return NameAlignment.None;
        var options = scratch ??= [];
        options.Clear();
        for (var i = 0; i < query.Length; i++)
        {
            for (var j = 0; j < candidate.Length; j++)
            {
                var (sim, rule) = TokenSimilarity.Compare(query[i], candidate[j]);
                // A slip in a short word is a person's name mistyped (Omra for Omar), or a common word of a body's name
                // (Bnk, Arym, Iarq); any other short word of a body's name is a code or an acronym, and one letter swapped
                // is another one (EP-IDA, EP-IAD).
                if (sim > 0 && (persons || rule != MatchRules.ShortWordSlip || KnownWord(query[i]) || KnownWord(candidate[j])))
                    options.Add((i, 1, j, 1, sim, rule));
                // Two written words each split in two, one part of them disagreeing (Khairoullah: khairo + allah,
                // Khairullah: khair + allah; Abduplaziz: abd + plaziz): the words as written compare, and go first. They
                // are whole words, not syllables joined, so one vowel off in them is a spelling as in any long word
                // (Abdusulam / Abdusalam).
                if (SplitFromOneWord(query, i) && SplitFromOneWord(candidate, j)
                    && (sim < JoinMinimum || TokenSimilarity.Compare(query[i + 1], candidate[j + 1]).Score < JoinMinimum))
                {
                    var (s, r) = TokenSimilarity.Compare(queryJoins[i], candidateJoins[j]);
                    if (s >= JoinMinimum || s >= WrittenWordMinimum && Math.Min(queryJoins[i].Text.Length, candidateJoins[j].Text.Length) >= LongWrittenWord)
                        options.Add((i, 2, j, 2, s, r));
                }
                if (i + 1 < query.Length && Joinable(query[i], query[i + 1]))
                {
                    var (s, r) = TokenSimilarity.Compare(queryJoins[i], candidate[j]);
                    if (s >= JoinMinimum) options.Add((i, 2, j, 1, s, r));
                }
                if (j + 1 < candidate.Length && Joinable(candidate[j], candidate[j + 1]))
                {
                    var (s, r) = TokenSimilarity.Compare(query[i], candidateJoins[j]);
                    if (s >= JoinMinimum) options.Add((i, 1, j, 2, s, r));
                }
                // Three syllables written apart against one word (Nam Chon Gang / Namchongang).
                if (i < queryJoins3.Length && queryJoins3[i].Text is not null && candidate[j].Text.Length >= 6)
                {
                    var (s, r) = TokenSimilarity.Compare(queryJoins3[i], candidate[j]);
                    if (s >= JoinMinimum) options.Add((i, 3, j, 1, s, r));
                }
                if (j < candidateJoins3.Length && candidateJoins3[j].Text is not null && query[i].Text.Length >= 6)
                {
                    var (s, r) = TokenSimilarity.Compare(query[i], candidateJoins3[j]);
                    if (s >= JoinMinimum) options.Add((i, 1, j, 3, s, r));
                }
            }
        }
        if (options.Count == 0) return NameAlignment.None;
        options.Sort(BestFirst);
        Span<bool> usedQ = stackalloc bool[query.Length];
        Span<bool> usedC = stackalloc bool[candidate.Length];
        var chosen = chosenScratch ??= [];
        chosen.Clear();
        // An article paired with an article goes last: it weighs little, and taken first it can take the
        // article a join needs (Aldawa against Al Daawa Al Islamiyya: the first al).
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var o in options)
            {
                var minor = o.QLen == 1 && o.CLen == 1 && IsArticle(query[o.Q]) && IsArticle(candidate[o.C]);
                if (minor != (pass == 1) || Used(usedQ, o.Q, o.QLen) || Used(usedC, o.C, o.CLen)) continue;
                Mark(usedQ, o.Q, o.QLen);
                Mark(usedC, o.C, o.CLen);
                chosen.Add(o);
            }
        }
        var inOrder = InSameOrder(chosen, AllUsed(query, usedQ) && AllUsed(candidate, usedC));
        var pairs = explain ? new List<WordPair>() : [];
        double coveredQ = 0, coveredC = 0, shortQ = 0, shortC = 0, evidence = 0;
        var distinctive = false;
        foreach (var o in chosen)
        {
            var sim = o.Sim;
            var rule = o.Rule;
            // Across Arabic script only consonants can be compared, and two-consonant words (Salih,
            // Hani, Yusif) agree with several names each; three or more such words in the same order
            // in both names are no longer chance.
            if (inOrder && sim < CrossScriptInOrder && (query[o.Q].Abjad != candidate[o.C].Abjad) && TokenSimilarity.OrderMayRaise(rule))
            {
                sim = CrossScriptInOrder;
                rule = MatchRules.Join(rule, MatchRules.InOrder);
            }
            double sq = Sum(wq, o.Q, o.QLen), sc = Sum(wc, o.C, o.CLen);
            coveredQ += sim * sq;
            coveredC += sim * sc;
            shortQ += (1 - sim) * sq;
            shortC += (1 - sim) * sc;
            // Every matched word adds its (kind-weighted) rarity: a long name of common words matched
            // whole is rare as a combination even when each word is not.
            evidence += sim * (sq + sc) / 2;
            if (AnyDistinctive(query, o.Q, o.QLen) && AnyDistinctive(candidate, o.C, o.CLen)) distinctive = true;
            if (explain) pairs.Add(new WordPair(Text(query, o.Q, o.QLen), Text(candidate, o.C, o.CLen), sim, rule, (sq + sc) / 2));
        }
        // Names must share a name word; but two names made only of common words (THE BUSINESS CENTRE LTD.,
        // D COMPANY, A & B TRADING) are compared on those words, or a name could not meet itself.
        if (!distinctive && (AnyDistinctive(query, 0, query.Length) || AnyDistinctive(candidate, 0, candidate.Length))) return new NameAlignment(pairs, 0, 0, 0, 0);
        // A word left over on one side only is a missing name part (a patronymic, a second given
        // name): it costs half. Words left over on both sides disagree, and cost in full.
        var leftQ = Leftover(query, usedQ, wq);
        var leftC = Leftover(candidate, usedC, wc);
        // Two nisbas (al-Tikriti, al-Nasiri) after the same chain of three names or more: lists give one man the names of
        // his town, tribe and clan in turn, so the one against the other is a name left out on each side, not a disagreement.
        var nisbas = persons && leftQ > 0 && leftC > 0 && OnlyNisbasLeft(query, usedQ) && OnlyNisbasLeft(candidate, usedC) && NamesMatched(query, chosen) >= 3;
        var qcov = coveredQ / (coveredQ + shortQ + Unexplained(query, usedQ, wq, (leftC > 0 && !nisbas) || !persons, pairwise));
        var ccov = coveredC / (coveredC + shortC + Unexplained(candidate, usedC, wc, (leftQ > 0 && !nisbas) || !persons, pairwise));
        // A listed name met whole, by words rare enough together (half again the evidence that trusts a match), inside a
        // longer query: the query's other words are names the listing left out (Paul Malong in PAUL MALONG AWAN ANEI; AFRI-BELG
        // in AFRI-BELG SUPERMERCADOS), and cost half, as in a pair. Common words met whole (Mohammad Wali) are a namesake's
        // as often, and keep the full cost. Met whole is every word of it met, at the cross-script bar or more on the whole:
        // across scripts a word meets by its consonants at 0.95 at most (جمال حسين حسن زينيه / ZAYNIYAH, Jamal Husayn).
        // Words left out between the first and last words met, in the same order (Tarad Mohammad [Alnori Alfares] Aljarba):
        // the father's and grandfather's names of a chain that one list writes whole and another shortens. They cost a
        // quarter, as a patronymic does.
        if (!pairwise && leftC == 0 && ccov >= WholeAcrossScripts && evidence >= ContainedEvidence * fullEvidence)
            qcov = coveredQ / (coveredQ + shortQ + Unexplained(query, usedQ, wq, otherSideHasLeftovers: false, pairwise: true,
                inner: persons && inOrder ? (usedQ.IndexOf(true), usedQ.LastIndexOf(true)) : default));
        // Both names matched whole: the name is the listed name, however common its words; the bar
        // is then what the names themselves hold (a namesake is still a hit to review). Across scripts words meet by their
        // consonants, so there whole is every distinctive word met on both sides, at the cross-script bar (بانک سپه / BANK SEPAH).
        // In Latin that bar let bodies' names of generic words meet each other.
        var whole = qcov >= Whole && ccov >= Whole
            || query[0].Abjad != candidate[0].Abjad && leftQ == 0 && leftC == 0 && qcov >= WholeAcrossScripts && ccov >= WholeAcrossScripts;
        if (whole) fullEvidence = Math.Min(fullEvidence, 0.75 * Math.Min(DistinctiveWeight(query, wq), DistinctiveWeight(candidate, wc)));
        var score = (NameAlignment.QueryShare * qcov + (1 - NameAlignment.QueryShare) * ccov) * Math.Sqrt(Math.Min(1, evidence / Math.Max(fullEvidence, 1e-6)));
        if (FirstDifference(query, candidate, usedQ, usedC, chosen, persons, leftQ > 0 && leftC > 0) is { } d)
        {
            score *= d.Factor;
            if (explain) pairs.Add(new WordPair(d.Query, d.Candidate, 0, d.Rule, 0));
        }
        return new NameAlignment(pairs, qcov, ccov, evidence, score);
    }

    /// <summary>True when three or more pairs (two, when they cover both names whole) keep the same order in both names,
    /// or that order turned once (the family name first in one and last in the other).</summary>
    private static bool InSameOrder(List<WordOption> chosen, bool whole)
    {
        // Two pairs are enough when they are the whole of both names (Janan Agha / جانان آغا).
        if (chosen.Count < (whole ? 2 : 3)) return false;
        Span<(int Q, int C)> order = stackalloc (int, int)[Math.Min(chosen.Count, 64)];
        for (var i = 0; i < order.Length; i++) order[i] = (chosen[i].Q, chosen[i].C);
        order.Sort((a, b) => a.Q.CompareTo(b.Q));
        // The same order, or the same order turned once: a family name written first on one side and last on the
        // other (KIM, Jong Un read as Jong Un Kim; كيم جونغ أون as written), where the rest keeps its order. Three pairs
        // at least: two are turned by any swap.
        var turns = 0;
        for (var i = 1; i < order.Length; i++) if (order[i].C <= order[i - 1].C) turns++;
        return turns == 0 || turns == 1 && order.Length >= 3 && order[^1].C < order[0].C;
    }

    /// <summary>Two adjacent words that may be written as one: two name words (Ho-Jin/Hojin), an
    /// article or filiation word and the word it belongs to (Al-Masri/Almasri, De la Cruz/Delacruz, Bin Laden/Binladen),
    /// a word and the article after it (Jamaat-ul/Jamaatul), or a name and the trade word after it (Tractor Export/Tractorexport).</summary>
    public static bool Joinable(in NameToken a, in NameToken b) =>
        !VowelRunsOn(a, b) && (b.Distinctive && (a.Distinctive || !a.Abjad && (JoinsNext(a) || IsLetter(a))))
        // A word and the article that links it to the next, written joined (Jamaat-ul / Jamaatul, Harakat-ul / Harakatul).
        || !a.Abjad && !b.Abjad && a.Kind is not (WordKind.Particle or WordKind.Title) && IsArticle(b)
        || NameAndTradeWord(a, b);

    /// <summary>A Latin name word and the trade or legal-form word of four letters or more after it, which company
    /// names often write as one (Tractorexport, Mehrtrading, Petrocorp); not a connector (of, and).</summary>
    public static bool NameAndTradeWord(in NameToken a, in NameToken b) =>
        !a.Abjad && !b.Abjad && a.Kind == WordKind.Name && b.Kind == WordKind.LegalForm && b.Text.Length >= 4 && !Vocabulary.IsConnector(b.Text);

    /// <summary>An article, or a filiation word (bin, ben, ibn) that Arabic names often write joined to the next (Binladin, Benali).</summary>
    public static bool JoinsNext(in NameToken t) =>
        IsArticle(t) || t.Kind == WordKind.Particle && t.Text is "bin" or "ben" or "ibn";

    /// <summary>An article or particle that is often written joined to the next word (Ziaur, Jamaatud), or (the Persian
    /// ezafe: Rooya-e, Royay-e) to the word before.</summary>
    public static bool IsArticle(in NameToken t) =>
        t.Kind == WordKind.Particle && t.Text is "al" or "el" or "ul" or "ud" or "ur" or "uz" or "ush" or "de" or "del" or "la" or "le" or "da" or "di" or "du" or "van" or "von" or "der" or "dos" or "das" or "e";

    /// <summary>A syllable ending in the vowel the next begins with (Chu-un, Hyo-ok): joined, the vowel
    /// would read once and the two syllables as one (Chun).</summary>
    private static bool VowelRunsOn(in NameToken a, in NameToken b) =>
        !a.Abjad && !b.Abjad && a.Text.Length > 0 && b.Text.Length > 0 && a.Text[^1] == b.Text[0] && a.Text[^1] is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>A single Latin letter, which a name may write apart from the word it begins (B-Work / Bwork).</summary>
    private static bool IsLetter(in NameToken t) => t.Text.Length == 1 && char.IsAsciiLetter(t.Text[0]);

    /// <summary>A word the vocabulary knows: a legal form, a generic word or place, or one of a table's groups (Bank, Iraq).</summary>
    private static bool KnownWord(in NameToken t) => t.Kind != WordKind.Name || t.Group >= 0;

    /// <summary>The evidence, as a multiple of the full evidence, with which a listed name met whole inside a longer query
    /// lets the query's other words count as names left out.</summary>
    private const double ContainedEvidence = 1.5;

    /// <summary>True when every distinctive word left unmatched follows the article al or el (a nisba: al-Tikriti).</summary>
    private static bool OnlyNisbasLeft(NameToken[] tokens, Span<bool> used)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (!used[i] && tokens[i].Distinctive && (i == 0 || tokens[i - 1].Text is not ("al" or "el") || tokens[i].Abjad)) return false;
        return true;
    }

    /// <summary>How many distinctive words of <paramref name="tokens"/> the chosen pairs match.</summary>
    private static int NamesMatched(NameToken[] tokens, List<WordOption> chosen)
    {
        var n = 0;
        foreach (var o in chosen) for (var k = o.Q; k < o.Q + o.QLen; k++) if (tokens[k].Distinctive) n++;
        return n;
    }

    private static double Leftover(NameToken[] tokens, Span<bool> used, double[] w)
    {
        double sum = 0;
        for (var i = 0; i < tokens.Length; i++) if (!used[i] && tokens[i].Distinctive) sum += w[i];
        return sum;
    }

    /// <summary>The weight not explained by the pairs: unmatched words in full (halved when the other
    /// side has nothing left to disagree with), plus what imperfect pairs fell short by.</summary>
    private static double Unexplained(NameToken[] tokens, Span<bool> used, double[] w, bool otherSideHasLeftovers, bool pairwise, (int First, int Last) inner = default)
    {
        double sum = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (used[i]) continue;
            if (i > inner.First && i < inner.Last && tokens[i].Distinctive) { sum += w[i] / 4; continue; }
            // Only long name parts (patronymics, compound names) go missing at half cost: a missing
            // given name or syllable (Kwang of Kang Kwang-min, Jawhar of Jawhar Majid al-Duri) makes another person.
            // A middle name of five letters or more (Vahid of Ahmad Vahid Dastjerdi) is as often left out.
            // A patronymic (Vladimirovich, Borisovna, Aliyev oglu) is left out more often than written.
            if (tokens[i].Distinctive && !otherSideHasLeftovers && IsPatronymic(tokens[i].Text)) { sum += w[i] / 4; continue; }
            var optional = pairwise || tokens[i].Text.Length >= 7 || tokens[i].Text.Length >= 5 && i > 0 && i < tokens.Length - 1;
            // A legal form written another way (LLC / Limited Liability Company) or left off is not a disagreement.
            sum += tokens[i].Kind == WordKind.LegalForm ? w[i] / 2 : tokens[i].Distinctive && !otherSideHasLeftovers && optional ? w[i] / 2 : w[i];
        }
        return sum + 1e-9;
    }

    /// <summary>The weights of <paramref name="tokens"/>: rarity times the word kind's factor.</summary>
    public static double[] Weights(NameToken[] tokens, Func<NameToken, double> weight)
    {
        var w = new double[tokens.Length];
        for (var i = 0; i < tokens.Length; i++) w[i] = weight(tokens[i]) * tokens[i].WeightFactor;
        return w;
    }

    private static bool IsPatronymic(string word) =>
        word.Length >= 7 && (GivenNames.PatronymicStem(word) is not null || word.EndsWith("ichna", StringComparison.Ordinal))
        || word is "ogly" or "oglu" or "kyzy";

    private static bool AllUsed(NameToken[] tokens, Span<bool> used)
    {
        for (var i = 0; i < tokens.Length; i++) if (!used[i] && tokens[i].Distinctive) return false;
        return true;
    }

    private static double DistinctiveWeight(NameToken[] tokens, double[] w)
    {
        double sum = 0;
        for (var i = 0; i < tokens.Length; i++) if (tokens[i].Distinctive) sum += w[i];
        return sum;
    }

    private static bool AnyDistinctive(NameToken[] t, int start, int length)
    {
        for (var k = start; k < start + length; k++) if (t[k].Distinctive) return true;
        return false;
    }

    private static bool Used(Span<bool> used, int start, int length)
    {
        for (var k = start; k < start + length; k++) if (used[k]) return true;
        return false;
    }

    private static void Mark(Span<bool> used, int start, int length)
    {
        for (var k = start; k < start + length; k++) used[k] = true;
    }

    private static double Sum(double[] w, int start, int length)
    {
        double sum = 0;
        for (var k = start; k < start + length; k++) sum += w[k];
        return sum;
    }

    private static string Text(NameToken[] t, int start, int length) =>
        length == 1 ? t[start].Text
        : length == 2 && SplitFromOneWord(t, start) ? t[start].Whole!
        : string.Join('+', t.Skip(start).Take(length).Select(x => x.Text));
}
