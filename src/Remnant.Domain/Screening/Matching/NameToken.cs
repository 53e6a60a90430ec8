namespace Remnant.Domain.Screening.Matching;

/// <summary>One word of a name, prepared for comparison.</summary>
/// <param name="Text">Lower-case Latin letters and digits; for a word kept in its own script
/// (Arabic), the normalised script text.</param>
/// <param name="Key">The phonetic key (<see cref="LatinKeys.Phonetic"/>), or the script text.</param>
/// <param name="Skeleton">The consonant skeleton, for comparison across Arabic script.</param>
/// <param name="Kind">Name, legal form, title or particle.</param>
/// <param name="Abjad">True when the word was written in Arabic script: only its skeleton is reliable.</param>
/// <param name="Group">The spellings group the word belongs to (<see cref="Vocabulary.Group"/>), or -1.</param>
/// <param name="Reading">True for a word of a second reading of the name (the Korean reading of Han
/// characters, which are more often Chinese): its matches count a little less.</param>
public readonly record struct NameToken(string Text, string Key, string Skeleton, WordKind Kind, bool Abjad, int Group, bool Reading = false)
{
    /// <summary>For the two words the tokenizer made of one written word (Khairullah: khair + allah;
    /// Noureddine: nour + din; Min-seong: min + seong, kept with its hyphen), that word, the same instance on
    /// both: their join compares as it was written, so a slip in the word (Khairoullah, Noureddlne) that keeps
    /// it from being split still meets it.</summary>
    public string? Whole { get; init; }

    /// <summary>The word read as a French or German spelling (<see cref="LatinKeys.FrenchReading"/>,
    /// <see cref="LatinKeys.GermanReading"/>), or null when neither reading changes its phonetic key.</summary>
    public Respelling? Respelled { get; init; }

    /// <summary>The consonant skeleton of the word with a ç that lost its cedilla read as s (Faycal: f-s-l, for فيصل), or
    /// null when the word has no such c (<see cref="LatinKeys.CedillaLost"/>).</summary>
    public string? CedillaSkeleton { get; init; }

    /// <summary>True when this word and <paramref name="next"/> are the two parts of one written word.</summary>
    public bool SameWrittenWord(in NameToken next) => Whole is not null && ReferenceEquals(Whole, next.Whole);

    /// <summary>True for a word that can carry a match on its own (not a legal form, title or particle).</summary>
    public bool Distinctive => Kind is WordKind.Name or WordKind.Generic;

    /// <summary>The factor applied to the word's rarity weight: 1 for names, less for generic words,
    /// little for legal forms, titles and particles.</summary>
    public double WeightFactor => Kind switch
    {
        WordKind.Name => 1.0,
        WordKind.Generic => 0.4,
        _ => NameAlignment.CommonWordFactor,
    };
}

/// <summary>A word as it reads in the English romanisation when written in a French or German one (Prigojine: prigozhin;
/// Dudajew: dudayev), with that reading's phonetic key.</summary>
public sealed record Respelling(string Text, string Key, bool German);
