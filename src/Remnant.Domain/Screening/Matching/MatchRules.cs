namespace Remnant.Domain.Screening.Matching;

/// <summary>
/// The words that say why two words were paired, or why two aligned names are still told apart, as
/// explanations show them. A pair's rule is one of these or several joined by ", " ("consonants,
/// article"); pages in other languages word each part from their resources ("rule: " + part), so every
/// part a comparison can give is listed in <see cref="All"/>.
/// </summary>
public static class MatchRules
{
#pragma warning disable CS1591 // Each constant is the text it names.
    public const string Same = "same";
    public const string SameName = "same name";
    public const string Sound = "sound";
    public const string Vowels = "vowels";
    public const string Spelling = "spelling";
    public const string Stem = "stem";
    public const string Initial = "initial";
    public const string Article = "article";
    public const string Translation = "translation";
    public const string Surname = "surname";
    public const string Consonants = "consonants";
    public const string ConsonantsNear = "consonants~";
    public const string LongVowelsDiffer = "long vowels differ";
    public const string InOrder = "in order";
    public const string KoreanReading = "Korean reading";
    public const string Interdental = "th/s";
    public const string Belarusian = "Belarusian";
    public const string FeminineEnding = "feminine ending";
    public const string ConsonantLeftOut = "consonant left out";
    public const string Acronym = "acronym";
    public const string AnotherGivenName = "another given name";
    public const string ShiftedGivenName = "another given name before the same names";
    public const string HalfMatchedWord = "another name: part of a written word unmatched";
    public const string AnotherNumber = "another number";
    public const string AnotherService = "another service";
    public const string OtherFamilyName = "given names and patronymics agree but not the family names";
    public const string PersonAndBody = "a person's name against a body's";
    public const string FamilyNameUnmet = "the family name not met";
    public const string FrenchSpelling = "French spelling";
    public const string GermanSpelling = "German spelling";
    public const string ShortWordSlip = "slip in a short word";
#pragma warning restore CS1591

    /// <summary>Every rule part, for the resources that word them in other languages.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Same, SameName, Sound, Vowels, Spelling, Stem, Initial, Article, Translation, Surname, Consonants, ConsonantsNear,
        LongVowelsDiffer, InOrder, KoreanReading, Interdental, Belarusian, FeminineEnding, ConsonantLeftOut, Acronym,
        AnotherGivenName, ShiftedGivenName, HalfMatchedWord, AnotherNumber, AnotherService, OtherFamilyName, PersonAndBody,
        FamilyNameUnmet, FrenchSpelling, GermanSpelling, ShortWordSlip,
    ];

    /// <summary>The parts of a rule as given ("consonants, article" → consonants, article).</summary>
    public static string[] Parts(string rule) => rule.Split(", ", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Two rule parts given together.</summary>
    public static string Join(string rule, string part) => rule + ", " + part;
}
