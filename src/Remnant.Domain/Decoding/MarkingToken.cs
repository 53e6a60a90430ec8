namespace Remnant.Domain.Decoding;

/// <summary>One group of letters and digits in a normalised marking, with the separator that preceded it
/// (<c>'\0'</c> for the first group, <c>' '</c> for spaces, else the ASCII punctuation such as <c>-</c> or <c>/</c>).</summary>
internal readonly record struct MarkingToken(int Start, int Length, char SeparatorBefore, bool HasDigit, bool HasLetter)
{
    public bool IsDigits => HasDigit && !HasLetter;

    public bool IsLetters => HasLetter && !HasDigit;
}
