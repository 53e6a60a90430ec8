namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// Compares two names with no index (for calibration: <c>remnant match-names</c>). Without lists to
/// count word rarity, a word weighs by a built-in notion of commonness: the most frequent given names
/// and surnames of the cultures on the lists weigh little, other words much.
/// </summary>
public static class NameComparison
{
    private const double CommonWeight = 2.5, OrdinaryWeight = 7.5;

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
        foreach (var q in NameTokenizer.Forms(query))
        {
            foreach (var c in NameTokenizer.Forms(candidate))
            {
                var a = NameAligner.Align(q, c, Weight, schema is not (PartySchema.Organization or PartySchema.Company));
                if (a.Score > best.Score) best = a;
            }
        }
        return best;
    }

    private static double Weight(NameToken token) =>
        CommonKeys.Contains(token.Key) || (token.Abjad && token.Skeleton.Length <= 2) ? CommonWeight : OrdinaryWeight;
}
