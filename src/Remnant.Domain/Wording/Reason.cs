namespace Remnant.Domain.Wording;

/// <summary>
/// Why the domain concluded something, as a sequence of <see cref="Phrase"/>s: a decoder's rule
/// followed by every context note that moved the reading. <see cref="ToString"/> joins their English
/// with single spaces, the text that outputs, files and the database have always carried; a user
/// interface says each phrase in its own language. Immutable.
/// </summary>
public sealed partial class Reason
{
    private readonly Phrase[] _phrases;
    private string? _english;

    private Reason(Phrase[] phrases) => _phrases = phrases;

    /// <summary>A reason of the given phrases, in order; throws when there are none or a word stands alone.</summary>
    public static Reason Of(params Phrase[] phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (phrases.Length == 0) throw new ArgumentException("A reason says at least one thing.", nameof(phrases));
        foreach (var p in phrases)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(phrases));
            if (p.Template.IsWord) throw new ArgumentException($"'{p.Template.English}' is a word, not a sentence.", nameof(phrases));
        }
        return new Reason([.. phrases]);
    }

    /// <summary>The phrases, in order.</summary>
    public IReadOnlyList<Phrase> Phrases => _phrases;

    /// <summary>This reason followed by <paramref name="more"/>.</summary>
    public Reason Then(params Phrase[] more) => more.Length == 0 ? this : Of([.. _phrases, .. more]);

    /// <summary>A reason of one phrase.</summary>
    public static implicit operator Reason(Phrase phrase) => Of(phrase);

    /// <summary>The English text: the phrases joined by spaces.</summary>
    public override string ToString() => _english ??= _phrases.Length == 1
        ? _phrases[0].ToString()
        : string.Join(' ', _phrases.Select(p => p.ToString()));
}
