using Remnant.Domain.Dating;
using Remnant.Domain.Geography;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.Headstamps;

/// <summary>
/// One row of the headstamp factory-code table: a code, the factory it meant, the country where that
/// factory stands, the dates between which the code meant it (a code can change factory: <c>38</c> was
/// Tula until October 1941, Yuryuzan after), the source, and whether the row was verified.
/// </summary>
public sealed record HeadstampCode
{
    /// <summary>Creates a row; throws <see cref="ArgumentException"/> for a blank code, factory or source, or
    /// a validity that ends before it starts (the loader reports these with file and line).</summary>
    public HeadstampCode(string code, string factory, CountryCode? country, DateOnly? validFrom, DateOnly? validTo, string source, bool verified)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(factory);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (validFrom > validTo) throw new ArgumentException($"valid_from {validFrom!.Value.ToIso()} is after valid_to {validTo!.Value.ToIso()}.", nameof(validFrom));
        Code = code.Trim();
        Factory = factory.Trim();
        Country = country;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Source = source.Trim();
        Verified = verified;
    }

    /// <summary>The code as struck: <c>539</c>, <c>ТПЗ</c>, <c>LC</c>.</summary>
    public string Code { get; }

    /// <summary>The factory the code meant within the validity.</summary>
    public string Factory { get; }

    /// <summary>The country where the factory stands (today's ISO code: Tula is RU, Luhansk UA).</summary>
    public CountryCode? Country { get; }

    /// <summary>First day the code meant this factory; null when open.</summary>
    public DateOnly? ValidFrom { get; }

    /// <summary>Last day the code meant this factory; null when open.</summary>
    public DateOnly? ValidTo { get; }

    /// <summary>Where the row comes from.</summary>
    public string Source { get; }

    /// <summary>True when the source was checked and supports the row.</summary>
    public bool Verified { get; }

    /// <summary>The validity as an interval (open ends become the earliest and latest dates).</summary>
    public DateInterval Validity => new(ValidFrom ?? DateOnly.MinValue, ValidTo ?? DateOnly.MaxValue);

    /// <summary>The validity in words, e.g. "until 1941-10-31".</summary>
    public string ValidityText => ValidityWording.ToString();

    /// <summary><see cref="ValidityText"/> as a phrase a translation can say.</summary>
    public Phrase ValidityWording => (ValidFrom, ValidTo) switch
    {
        (null, null) => HeadstampReasons.AtAnyDate.With(),
        (null, { } to) => HeadstampReasons.Until.With(to),
        ({ } from, null) => HeadstampReasons.From.With(from),
        ({ } from, { } to) => HeadstampReasons.FromTo.With(from, to),
    };
}
