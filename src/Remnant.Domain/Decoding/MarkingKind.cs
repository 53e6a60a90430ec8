namespace Remnant.Domain.Decoding;

/// <summary>Which decoder families read a marking.</summary>
public enum MarkingKind
{
    /// <summary>Every family; context ranks what they find.</summary>
    Auto,
    /// <summary>Calendar years: Juche, Minguo, Solar and Lunar Hijri, Imperial Persian, Thai, Gregorian.</summary>
    Calendar,
    /// <summary>Cartridge headstamps: factory code and year.</summary>
    Headstamp,
    /// <summary>Electronic component date codes: YYWW, YWW, YMMDD, WWYY.</summary>
    DateCode,
    /// <summary>Ammunition lot numbers (MIL-STD-1168).</summary>
    Lot,
}

/// <summary>Codes for <see cref="MarkingKind"/> as typed on the command line and in URLs.</summary>
public static class MarkingKinds
{
    /// <summary>The lower-case code: <c>auto</c>, <c>calendar</c>, <c>headstamp</c>, <c>datecode</c>, <c>lot</c>.</summary>
    public static string ToCode(this MarkingKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Reads a code ignoring case (<c>date-code</c> and <c>date_code</c> too); false otherwise.</summary>
    public static bool TryParse(string? text, out MarkingKind kind)
    {
        kind = MarkingKind.Auto;
        var key = text?.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(key) || int.TryParse(key, out _)) return false;
        return Enum.TryParse(key, ignoreCase: true, out kind) && Enum.IsDefined(kind);
    }
}
