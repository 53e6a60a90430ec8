namespace Remnant.Domain.Screening.Matching;

/// <summary>A name form ready to align: its words, the joins of adjacent words and their weights,
/// worked out once (the index keeps one per name; a query makes one per form).</summary>
public sealed class PreparedName
{
    /// <summary>Prepares <paramref name="tokens"/> with rarity weights from <paramref name="weight"/>.</summary>
    public PreparedName(NameToken[] tokens, Func<NameToken, double> weight)
    {
        Tokens = tokens;
        Joins = NameAligner.Joins(tokens);
        Joins3 = NameAligner.Joins3(tokens);
        Weights = NameAligner.Weights(tokens, weight);
    }

    /// <summary>The words.</summary>
    public NameToken[] Tokens { get; }

    /// <summary>Word i joined with word i+1.</summary>
    public NameToken[] Joins { get; }

    /// <summary>Words i, i+1 and i+2 joined where they are three short syllables (Nam Chon Gang =
    /// Namchongang); elsewhere a default token (its text null).</summary>
    public NameToken[] Joins3 { get; }

    /// <summary>Each word's weight.</summary>
    public double[] Weights { get; }
}
