namespace Remnant.Domain.Screening;

/// <summary>One name of a listed party, as the list writes it.</summary>
public sealed record PartyName
{
    /// <summary>Creates a name; the text is trimmed and inner runs of white space collapsed.</summary>
    /// <exception cref="ArgumentException">When the text is blank.</exception>
    public PartyName(string text, AliasQuality quality, string? language = null)
    {
        var clean = Collapse(text);
        if (clean.Length == 0) throw new ArgumentException("A name cannot be blank.", nameof(text));
        Text = clean;
        Quality = quality;
        Language = string.IsNullOrWhiteSpace(language) ? null : language.Trim();
    }

    /// <summary>The name, white space tidied (real lists carry stray and doubled spaces).</summary>
    public string Text { get; }

    /// <summary>How the list qualifies the name.</summary>
    public AliasQuality Quality { get; }

    /// <summary>The language or script the list gives for it, when it gives one.</summary>
    public string? Language { get; }

    /// <summary>Trims and collapses runs of white space to one space; null gives empty.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return string.Empty;
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
