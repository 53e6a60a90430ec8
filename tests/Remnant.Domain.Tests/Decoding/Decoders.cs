using Remnant.Domain.Decoding;
using Remnant.Domain.Decoding.DateCodes;
using Remnant.Domain.Decoding.Headstamps;
using Remnant.Domain.Geography;

namespace Remnant.Domain.Tests.Decoding;

/// <summary>A decoder over the DOMAIN.md section 3.2 codes and a fixed today, so tests do not age.</summary>
internal static class Decoders
{
    public static readonly DateOnly Today = new(2026, 6, 15);

    public static readonly HeadstampTable Headstamps = new(
    [
        Row("3", "Ulyanovsk", "RU"),
        Row("38", "Tula", "RU", to: new DateOnly(1941, 10, 31)),
        Row("38", "Yuryuzan", "RU", from: new DateOnly(1941, 10, 1)),
        Row("539", "Tula", "RU"),
        Row("T", "Tula", "RU"),
        Row("ТПЗ", "Tula", "RU"),
        Row("711", "Klimovsk", "RU", verified: false),
        Row("17", "Barnaul", "RU", verified: false),
        Row("71", "Factory 71", "CN", verified: false),
        Row("311", "Factory 311", "CN", verified: false),
        Row("LC", "Lake City Army Ammunition Plant", "US", from: new DateOnly(1941, 1, 1)),
        Row("FC", "Federal Cartridge", "US"),
        Row("IMI", "Israel Military Industries", "IL"),
    ]);

    public static readonly DateCodeFormatTable Formats = new(
    [
        new DateCodeFormat("Texas Instruments", "yyww", "", "test", true),
        new DateCodeFormat("STMicroelectronics", "yww", "", "test", false),
    ]);

    public static readonly MarkingDecoder Decoder = new(new ReferenceTables(Headstamps, Formats));

    public static DecodeContext Context(string? country = null) =>
        new(Today) { Country = country is null ? null : CountryCode.Parse(country) };

    public static DecodeResult Decode(string? text, MarkingKind kind = MarkingKind.Auto, string? country = null) =>
        Decoder.Decode(text, Context(country), kind);

    public static Interpretation Only(this DecodeResult result, string system) =>
        Assert.Single(result.Interpretations, i => i.System == system);

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd");

    private static HeadstampCode Row(string code, string factory, string country, DateOnly? from = null, DateOnly? to = null, bool verified = true) =>
        new(code, factory, CountryCode.Parse(country), from, to, "test fixture", verified);
}
