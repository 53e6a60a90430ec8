using Microsoft.AspNetCore.Http.HttpResults;
using Remnant.Data.Decoding;
using Remnant.Domain.Decoding;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;
using Remnant.Domain.Validation;
using Remnant.Web.Features.Api;

namespace Remnant.Web.Features.Decoding;

internal static class DecodeApi
{
    public static void MapDecodeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/decode", Decode).WithTags("Decoding")
            .WithSummary("Decode a marking")
            .WithDescription("Every plausible reading of a marking (calendar year, headstamp, component date code, MIL-STD-1168 lot) with " +
                             "its date interval and reason, ranked by the context given. A bad marking is a 200 with no interpretations and the reasons.");
        api.MapInterpretationsApi();
    }

    private static Results<Ok<DecodeJson>, ValidationProblem> Decode(MarkingDecoder decoder, TimeProvider clock,
        string? marking, string? country, string? kind, string? maker, string? category)
    {
        var errors = new ValidationErrors();
        if (marking is null) errors.Add("marking", "Required: the marking exactly as seen, e.g. ?marking=113.");
        var context = new DecodeContext(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!string.IsNullOrWhiteSpace(country))
        {
            if (CountryCode.TryParse(country, out var code)) context = context with { Country = code };
            else errors.Add("country", "Not an ISO 3166-1 alpha-2 code, e.g. KP.");
        }
        var decodeKind = MarkingKind.Auto;
        if (!string.IsNullOrWhiteSpace(kind) && !MarkingKinds.TryParse(kind, out decodeKind))
            errors.Add("kind", "One of auto, calendar, headstamp, datecode, lot.");
        if (!string.IsNullOrWhiteSpace(category))
        {
            if (ItemCategories.TryParse(category, out var c)) context = context with { Category = c };
            else errors.Add("category", "One of " + string.Join(", ", ItemCategories.All.Select(x => x.Code)) + ".");
        }
        if (maker is { Length: > TextRules.ShortMax }) errors.Add("maker", $"At most {TextRules.ShortMax} characters.");
        else if (!string.IsNullOrWhiteSpace(maker)) context = context with { Maker = maker.Trim() };
        if (!errors.IsValid) return ApiProblems.Invalid(errors);
        return TypedResults.Ok(DecodeJson.From(decoder.Decode(marking, context, decodeKind)));
    }
}
