using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Decoding;
using Remnant.Data.Reference;
using Remnant.Domain.Decoding;
using Remnant.Domain.Geography;
using Remnant.Domain.Items;

namespace Remnant.Cli.Commands;

/// <summary>
/// <c>remnant decode "MARKING" [--country CC] [--kind auto|calendar|headstamp|datecode|lot] [--json]</c>
/// and <c>remnant decode --file markings.csv</c>. Needs no database and seeds nothing: it loads the
/// reference tables (shipped, or overridden in the data directory's <c>reference/</c>) and writes
/// only results to stdout; errors go to stderr.
/// </summary>
internal static partial class DecodeCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var marking = new Argument<string?>("marking") { Arity = ArgumentArity.ZeroOrOne, Description = "The marking exactly as seen." };
        var country = new Option<string?>("--country") { Description = "ISO 3166-1 alpha-2 code of the country of manufacture, e.g. KP." };
        var kind = new Option<string?>("--kind") { Description = "auto (default), calendar, headstamp, datecode or lot." };
        var maker = new Option<string?>("--maker") { Description = "Component maker, to pick its date-code format." };
        var category = new Option<string?>("--category") { Description = "Item category, e.g. component, ammunition, missile." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };
        var file = new Option<FileInfo?>("--file") { Description = "Decode every marking of a CSV file (a 'marking' column, optional 'country', 'kind', 'maker', 'category'), or one marking per line." };
        var command = new Command("decode", "Decode a marking: calendar years, headstamps, component date codes, MIL-STD-1168 lots, with reasons.")
        {
            marking, country, kind, maker, category, json, file,
        };
        command.SetAction(parse =>
        {
            var options = new Request(parse.GetValue(marking), parse.GetValue(country), parse.GetValue(kind), parse.GetValue(maker),
                parse.GetValue(category), parse.GetValue(json), parse.GetValue(file));
            using var stdout = new StreamWriter(environment.Output, new System.Text.UTF8Encoding(false), leaveOpen: true);
            return Run(environment, options, stdout, environment.Error);
        });
        return command;
    }

    internal sealed record Request(string? Marking, string? Country, string? Kind, string? Maker, string? Category, bool Json, FileInfo? File);

    internal static int Run(CliEnvironment environment, Request request, TextWriter stdout, TextWriter stderr)
    {
        if ((request.Marking is null) == (request.File is null))
        {
            stderr.WriteLine("decode: give either a MARKING or --file FILE.");
            return 2;
        }
        MarkingDecoder decoder;
        try
        {
            using var services = CliHost.Build(environment);
            decoder = services.GetRequiredService<MarkingDecoder>();
        }
        catch (ReferenceDataException ex)
        {
            stderr.WriteLine($"decode: reference data: {ex.Message}");
            return 1;
        }
        var today = DateOnly.FromDateTime((environment.Clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        if (request.File is { } file) return RunFile(decoder, file, request, today, stdout, stderr);

        if (!TryContext(request.Country, request.Kind, request.Maker, request.Category, today, out var context, out var kind, out var error))
        {
            stderr.WriteLine($"decode: {error}");
            return 2;
        }
        var result = decoder.Decode(request.Marking, context, kind);
        if (request.Json) stdout.WriteLine(JsonSerializer.Serialize(DecodeJson.From(result), Indented));
        else WriteText(result, stdout);
        return 0;
    }

    private static readonly JsonSerializerOptions Indented = new(DecodeJson.Options) { WriteIndented = true };

    internal static bool TryContext(string? country, string? kindText, string? maker, string? categoryText, DateOnly today,
        out DecodeContext context, out MarkingKind kind, out string error)
    {
        context = new DecodeContext(today);
        kind = MarkingKind.Auto;
        error = "";
        if (!string.IsNullOrWhiteSpace(country))
        {
            if (!CountryCode.TryParse(country, out var code)) { error = $"--country '{country}' is not an ISO 3166-1 alpha-2 code."; return false; }
            context = context with { Country = code };
        }
        if (!string.IsNullOrWhiteSpace(kindText) && !MarkingKinds.TryParse(kindText, out kind))
        {
            error = $"--kind '{kindText}' is not one of auto, calendar, headstamp, datecode, lot.";
            return false;
        }
        if (!string.IsNullOrWhiteSpace(categoryText))
        {
            if (!ItemCategories.TryParse(categoryText, out var category)) { error = $"--category '{categoryText}' is not an item category."; return false; }
            context = context with { Category = category };
        }
        if (!string.IsNullOrWhiteSpace(maker)) context = context with { Maker = maker.Trim() };
        return true;
    }

    private static void WriteText(DecodeResult result, TextWriter stdout)
    {
        stdout.WriteLine(result.Marking);
        if (result.Interpretations.Count == 0) stdout.WriteLine("  no interpretation");
        var rank = 1;
        foreach (var i in result.Interpretations)
        {
            stdout.WriteLine($"  {rank++}. {i.System} {i.Interval}{(i.Country is { } c ? " " + c : "")} [{i.Confidence.ToString().ToLowerInvariant()}]");
            stdout.WriteLine($"     {i.Reason}");
        }
        foreach (var f in result.Facts) stdout.WriteLine($"  fact: {f.System} {f.Name}: {f.Reason}");
        foreach (var r in result.Rejected) stdout.WriteLine($"  rejected: {r.System}: {r.Reason}");
    }
}
