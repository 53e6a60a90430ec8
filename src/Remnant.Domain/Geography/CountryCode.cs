namespace Remnant.Domain.Geography;

/// <summary>An ISO 3166-1 alpha-2 country code (<c>KP</c>, <c>UA</c>), upper case. Only assigned
/// codes are accepted, plus <c>XK</c> (Kosovo), which the UN, the EU and most field reporting use.</summary>
public readonly record struct CountryCode
{
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV " +
        "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES " +
        "ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE " +
        "IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY " +
        "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU " +
        "NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM " +
        "SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE " +
        "VG VI VN VU WF WS YE YT ZA ZM ZW XK";

    private static readonly HashSet<string> Codes = [.. Assigned.Split(' ')];

    private CountryCode(string value) => Value = value;

    /// <summary>The two upper-case letters.</summary>
    public string Value { get; }

    /// <summary>Every accepted code.</summary>
    public static IReadOnlyCollection<string> All => Codes;

    /// <summary>Reads a code, ignoring case and surrounding spaces.</summary>
    public static bool TryParse(string? text, out CountryCode code)
    {
        code = default;
        var candidate = text?.Trim().ToUpperInvariant();
        if (candidate is null || !Codes.Contains(candidate)) return false;
        code = new CountryCode(candidate);
        return true;
    }

    /// <summary>Reads a code or throws: for trusted values such as reference data.</summary>
    public static CountryCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not an ISO 3166-1 alpha-2 code.");

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
