using Remnant.Domain.Validation;

namespace Remnant.Domain.Parties;

/// <summary>An identifier of a party under a named scheme: <c>cage:1ABC2</c> (a CAGE or NCAGE code),
/// <c>registration:GB-01234567</c>, <c>lei:...</c>, <c>un:KPe.001</c>. Schemes are open: lower-case
/// letters, digits and <c>-</c>; the ones with a known shape are checked.</summary>
public readonly record struct PartyIdentifier
{
    /// <summary>Longest value accepted.</summary>
    public const int MaxValueLength = 100;

    private PartyIdentifier(string scheme, string value) { Scheme = scheme; Value = value; }

    /// <summary>The scheme, lower case (<c>cage</c>, <c>registration</c>).</summary>
    public string Scheme { get; }

    /// <summary>The value as given (CAGE and LEI values upper-cased).</summary>
    public string Value { get; }

    /// <summary>Reads <c>scheme:value</c>; on failure <paramref name="reason"/> says why.</summary>
    public static bool TryParse(string? text, out PartyIdentifier identifier, out string reason)
    {
        identifier = default;
        reason = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == trimmed.Length - 1)
        {
            reason = "Write an identifier as scheme:value, e.g. cage:1ABC2 or registration:GB-01234567.";
            return false;
        }
        var scheme = trimmed[..colon].Trim().ToLowerInvariant();
        var value = trimmed[(colon + 1)..].Trim();
        if (scheme.Length > 30 || !char.IsAsciiLetterLower(scheme[0]) || scheme.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            reason = $"'{Shorten(scheme)}' is not a scheme name: lower-case letters, digits and '-', starting with a letter.";
            return false;
        }
        var errors = new ValidationErrors();
        TextRules.Clean(value, "value", errors, MaxValueLength);
        if (value.Length == 0 || !errors.IsValid)
        {
            reason = value.Length == 0 ? "The value is empty." : $"The value: {string.Join(" ", errors.Fields.SelectMany(f => f.Value))}";
            return false;
        }
        switch (scheme)
        {
            case "cage" or "ncage" when value.Length != 5 || !value.All(char.IsAsciiLetterOrDigit):
                reason = "A CAGE or NCAGE code is 5 letters or digits.";
                return false;
            case "lei" when value.Length != 20 || !value.All(char.IsAsciiLetterOrDigit):
                reason = "A Legal Entity Identifier (ISO 17442) is 20 letters or digits.";
                return false;
            case "cage" or "ncage" or "lei":
                value = value.ToUpperInvariant();
                break;
        }
        identifier = new PartyIdentifier(scheme, value);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Scheme is null ? string.Empty : $"{Scheme}:{Value}";

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
