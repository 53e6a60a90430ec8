namespace Remnant.Domain.Decoding;

/// <summary>The system names carried by interpretations, exactly as written in output and files.</summary>
public static class DecodingSystems
{
    /// <summary>DPRK calendar: Gregorian = Juche + 1911.</summary>
    public const string Juche = "juche";
    /// <summary>Republic of China (Taiwan) calendar: Gregorian = Minguo + 1911.</summary>
    public const string Minguo = "minguo";
    /// <summary>Iranian Solar Hijri calendar, years from Nowruz.</summary>
    public const string SolarHijri = "solar-hijri";
    /// <summary>Iranian Imperial calendar (1976-1978): Solar Hijri + 1180.</summary>
    public const string ImperialPersian = "imperial-persian";
    /// <summary>Lunar Hijri calendar, Umm al-Qura tables.</summary>
    public const string LunarHijri = "lunar-hijri";
    /// <summary>Thai Buddhist era: Gregorian = BE - 543.</summary>
    public const string ThaiBuddhist = "thai-buddhist";
    /// <summary>Gregorian two- or four-digit year.</summary>
    public const string Gregorian = "gregorian";
    /// <summary>Date code: two-digit year, ISO week.</summary>
    public const string Yyww = "yyww";
    /// <summary>Date code: one-digit year (decade ambiguous), ISO week.</summary>
    public const string Yww = "yww";
    /// <summary>Date code: one-digit year, month, day.</summary>
    public const string Ymmdd = "ymmdd";
    /// <summary>Date code: ISO week, two-digit year.</summary>
    public const string Wwyy = "wwyy";
    /// <summary>Cartridge headstamp: factory code and year.</summary>
    public const string Headstamp = "headstamp";
    /// <summary>US ammunition lot number.</summary>
    public const string MilStd1168 = "mil-std-1168";
    /// <summary>Used in rejections about the input as a whole (empty, too long, bidi controls).</summary>
    public const string Input = "input";

    /// <summary>Every interpretation system, in the order decoders try them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Juche, Minguo, SolarHijri, ImperialPersian, LunarHijri, ThaiBuddhist, Gregorian, Yyww, Yww, Ymmdd, Wwyy, Headstamp, MilStd1168];
}
