namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Compares two names with no index (for calibration: <c>remnant match-names</c>). Without lists to
/// count word rarity, a word weighs by a built-in notion of commonness: the most frequent given names
/// and surnames of the cultures on the lists weigh little, other words much.
/// </summary>
public static class NameComparison
{
    private const double CommonWeight = 2.5, OrdinaryWeight = 7.5;

    /// <summary>The default threshold for one pair: at most 1% of the benchmark's non-listed names, each paired
    /// with the listed name most like it, are called a match, with a third of that bar to spare (0.66 % of them at 0.77; bench/RESULTS.md, Screening). It is lower than <see cref="ScreeningOptions.DefaultThreshold"/>
    /// because a pair is one comparison, where screening a name compares it with every listed name.</summary>
    public const double DefaultThreshold = 0.77;

    private static readonly HashSet<string> CommonKeys = new(
        new[]
        {
            "mohammed", "muhammad", "mohamed", "mohammad", "ahmed", "ahmad", "ali", "hassan", "hussein", "husain", "omar", "umar",
            "abd", "allah", "abu", "khan", "kim", "lee", "ri", "park", "pak", "choi", "choe", "jung", "kang", "cho", "yoon",
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "ivanov", "smirnov", "popov",
            "alexander", "aleksandr", "sergei", "sergey", "vladimir", "reza", "hossein", "mehdi", "abdul", "mahmoud",
            "ibrahim", "yusuf", "youssef", "khalid", "saeed", "said", "nasser", "karim", "jose", "juan", "maria", "john",
            // Country and people names are everyday words in company names.
            "korea", "korean", "iran", "iranian", "china", "chinese", "russia", "russian", "syria", "syrian", "dprk", "national", "united",
        }.Select(LatinKeys.Phonetic), StringComparer.Ordinal);

    /// <summary>The score (0..1) of <paramref name="candidate"/> for <paramref name="query"/>, the best over
    /// their transliterations; 0 when either has nothing comparable.</summary>
    public static NameAlignment Compare(string query, string candidate, PartySchema? schema = null)
    {
        var best = NameAlignment.None;
        var queryForms = NameTokenizer.Forms(query);
        var candidateForms = NameTokenizer.Forms(candidate);
        // With no schema given, a legal form on either side says these are bodies, not people.
        var persons = schema is { } s ? s is not (PartySchema.Organization or PartySchema.Company)
            : !queryForms.Concat(candidateForms).Any(f => f.Any(IsBodyWord));
        foreach (var q in queryForms)
        {
            var pq = new PreparedName(q, Weight);
            foreach (var c in candidateForms)
            {
                var a = BothWays(pq, new PreparedName(c, Weight), persons);
                if (a.Score > best.Score) best = a;
            }
        }
        if (best.Score < Acronyms.Similarity && Acronym(queryForms, candidateForms, query, candidate) is { } acronym) return acronym;
        if (best.Score < Acronyms.Similarity && PartAcronym(queryForms, candidateForms) is { } part && part.Score > best.Score) return part;
        // A person's name as lists write it (AYACH, Hassan) against a body's that holds it (HASSAN AYACH
        // EXCHANGE): the person and the business named after him are two parties, as a schema would say.
        if (best.Score > 0 && (PersonForm(query) && BodyForm(candidate, candidateForms) || PersonForm(candidate) && BodyForm(query, queryForms)))
            return best with { Score = best.Score * MatchScoring.SchemaMismatchFactor, Pairs = [.. best.Pairs, new WordPair("", "", 0, MatchRules.PersonAndBody, 0)] };
        // A person named by given names alone (EMMA; HWA SONG) against a listed person whose family name (the words
        // before the comma) none of them meets: given names are shared by many.
        if (best.Score > 0 && (FamilyNameUnmet(candidate, query, best.Pairs.Select(p => p.Candidate)) || FamilyNameUnmet(query, candidate, best.Pairs.Select(p => p.Query))))
            return best with { Score = best.Score * FamilyNameUnmetFactor, Pairs = [.. best.Pairs, new WordPair("", "", 0, MatchRules.FamilyNameUnmet, 0)] };
        return best;
    }

    /// <summary>Factor for a person's family name that the other name does not hold at all.</summary>
    public const double FamilyNameUnmetFactor = 0.80;

    /// <summary>True when <paramref name="text"/> is written "FAMILY, Given", the other name is not, and no word of the
    /// family name is among <paramref name="paired"/> (this side's words of the alignment).</summary>
    public static bool FamilyNameUnmet(string text, string other, IEnumerable<string> paired)
    {
        if (other.Contains(',') || FamilyWords(text) is not { Length: > 0 } words) return false;
        foreach (var pair in paired)
            foreach (var word in pair.Split('+'))
                if (Array.IndexOf(words, word) >= 0) return false;
        return true;
    }

    /// <summary>A name written "FAMILY, Given", read once: the name words before the comma (a split word also as
    /// written: Abdullah, abd, allah), empty when the name is not in that form; and whether every word of it is a
    /// person's (no word of a body's name, no lone letter: S.A. after a comma is a legal form).</summary>
    private sealed record CommaForm(string[] FamilyWords, bool PersonsWords);

    private static readonly CommaForm NotCommaForm = new([], false);

    // Listed names are screened again and again: their comma form is read once (the table lets go of a name with its text).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, CommaForm> CommaForms = [];

    private static CommaForm CommaFormOf(string text) => CommaForms.GetValue(text, static text =>
    {
        // The comma first: tokenizing is the cost, and most names have none.
        if (text.Count(c => c == ',') != 1) return NotCommaForm;
        var family = NameTokenizer.Forms(text[..text.IndexOf(',')]);
        var given = NameTokenizer.Forms(text[(text.IndexOf(',') + 1)..]);
        if (family.Count == 0 || given.Count == 0) return NotCommaForm;
        var givenNames = given[0].All(PersonsWord);
        // Given names after the comma; before it, a family name that may also be an everyday word (SUN, Amber; MOON, Jae-in).
        var words = givenNames && family[0].All(t => t.Kind is WordKind.Name or WordKind.Generic or WordKind.Particle)
            ? family[0].Where(t => t.Kind is WordKind.Name or WordKind.Generic).SelectMany(t => t.Whole is { } whole ? [t.Text, whole] : new[] { t.Text }).ToArray()
            : [];
        // The whole name read as one, as the tokenizer reads dotted letters after the comma (S.C.: two letters, a legal form).
        return new CommaForm(words, NameTokenizer.Forms(text) is { Count: > 0 } whole && whole[0].All(PersonsWord));

        static bool PersonsWord(NameToken t) => t.Kind is WordKind.Name or WordKind.Particle or WordKind.Title && t.Text.Length > 1;
    });

    private static string[] FamilyWords(string text) => CommaFormOf(text).FamilyWords;

    /// <summary>A family name, a comma and given names, and no word of a body's name nor a lone letter: the form lists give people.</summary>
    private static bool PersonForm(string text) => CommaFormOf(text).PersonsWords;

    /// <summary>A name with a legal form, or written in order with a generic word of bodies' names (Exchange,
    /// Group): a generic word may be a given name too (Moon), which the comma form would say it is.</summary>
    private static bool BodyForm(string text, IReadOnlyList<NameToken[]> forms) =>
        forms[0].Any(IsBodyWord) || !text.Contains(',') && forms[0].Any(t => t.Kind == WordKind.Generic);

    /// <summary>One word of one name abbreviates a run of words of the other, the rest of the names
    /// aligned as usual (<see cref="Acronyms.PartReadings"/>): FLORES DTO is FLORES DRUG TRAFFICKING
    /// ORGANIZATION, ISIL-YEMEN is ISLAMIC STATE OF IRAQ AND THE LEVANT-YEMEN. The run needs a generic or
    /// legal-form word, so the names are compared as bodies' names.</summary>
    private static NameAlignment? PartAcronym(IReadOnlyList<NameToken[]> queryForms, IReadOnlyList<NameToken[]> candidateForms)
    {
        NameAlignment? best = null;
        foreach (var q in queryForms)
        {
            foreach (var c in candidateForms)
            {
                if (Acronyms.BestReading(q, c, AlignReading) is { } part && part.Alignment.Score > (best?.Score ?? 0)) best = part.Alignment;
            }
        }
        return best;
    }

    private static NameAlignment AlignReading(PartReading r) =>
        BothWays(new PreparedName(r.Query, Weight), new PreparedName(r.Candidate, Weight), persons: false);

    /// <summary>The better of the two alignments of one pair of forms, each side taken as the query: a pair has
    /// no query side, and the shorter name is the one whose coverage counts most.</summary>
    private static NameAlignment BothWays(PreparedName pq, PreparedName pc, bool persons)
    {
        var a = NameAligner.Align(pq, pc, persons, explain: true, NeededEvidence(pq, pc), pairwise: true);
        var reverse = Reversed(NameAligner.Align(pc, pq, persons, explain: true, NeededEvidence(pq, pc), pairwise: true));
        return reverse.Score > a.Score ? reverse : a;
    }

    /// <summary>One name a single word that abbreviates the other (IRGC, KOMID).</summary>
    private static NameAlignment? Acronym(IReadOnlyList<NameToken[]> queryForms, IReadOnlyList<NameToken[]> candidateForms, string query, string candidate)
    {
        foreach (var (shortForms, longForms, _, longText) in new[] { (queryForms, candidateForms, query, candidate), (candidateForms, queryForms, candidate, query) })
        {
            if (Acronyms.LoneWord(shortForms[0]) is { } word && longForms.Any(f => Acronyms.Abbreviates(word.Text, f)))
                return Acronyms.WholeName(word.Text, longText.Trim(), 0);
        }
        return null;
    }

    private static NameAlignment Reversed(NameAlignment a) => a with
    {
        Pairs = [.. a.Pairs.Select(p => p with { Query = p.Candidate, Candidate = p.Query })],
        QueryCoverage = a.CandidateCoverage,
        CandidateCoverage = a.QueryCoverage,
    };

    /// <summary>The rare-word evidence that makes a pair fully trusted: about two uncommon words, but
    /// never more than the shorter name holds. A screening index needs the full bar, since a common
    /// name matches many listed people; a pair is one question, "are these the same name", and
    /// Muhammad Ali is the same name as Mohammed Ali however common both words are.</summary>
    private static double NeededEvidence(PreparedName q, PreparedName c) =>
        Math.Min(NameAlignment.FullEvidence, 0.75 * Math.Min(DistinctiveWeight(q), DistinctiveWeight(c)));

    private static double DistinctiveWeight(PreparedName name)
    {
        double sum = 0;
        for (var i = 0; i < name.Tokens.Length; i++) if (name.Tokens[i].Distinctive) sum += name.Weights[i];
        return Math.Max(sum, 1e-6);
    }

    private static bool IsBodyWord(NameToken t) => t.Kind == WordKind.LegalForm && !Vocabulary.IsConnector(t.Text) && t.Text is not ("general" or "for")
        // Banks, and the words of armed groups' and state bodies' names (IRGC-Quds Force, Army of the Pure).
        || t.Text is "bank" or "banking" or "corps" or "army" or "front" or "brigade" or "brigades" or "battalion" or "movement" or "party" or "council"
            or "forces" or "force" or "regiment" or "guard" or "guards";

    private static double Weight(NameToken token) =>
        CommonKeys.Contains(token.Key) || (token.Abjad && token.Skeleton.Length <= 2) ? CommonWeight : OrdinaryWeight;
}
