namespace Remnant.Domain.Screening;

/// <summary>A document or registration number the list gives for a party (passport, national id,
/// IMO number, registration), with the issuing country when known.</summary>
public sealed record PartyIdentifier
{
    /// <summary>Creates an identifier; the number must hold at least one letter or digit.</summary>
    /// <exception cref="ArgumentException">When the number holds no letter or digit.</exception>
    public PartyIdentifier(string type, string number, string? country = null)
    {
        if (!number.Any(char.IsLetterOrDigit)) throw new ArgumentException("An identifier needs a letter or digit.", nameof(number));
        Type = PartyName.Collapse(type);
        Number = PartyName.Collapse(number);
        Country = string.IsNullOrWhiteSpace(country) ? null : PartyName.Collapse(country);
    }

    /// <summary>What the number is, as the list words it.</summary>
    public string Type { get; }

    /// <summary>The number as written.</summary>
    public string Number { get; }

    /// <summary>The issuing country as written, when given.</summary>
    public string? Country { get; }

    /// <summary>The number reduced to upper-case letters and digits, for comparison.</summary>
    public string Key => Keyed(Number);

    /// <summary>Reduces any number to upper-case letters and digits.</summary>
    public static string Keyed(string number) =>
        new string(number.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
}
