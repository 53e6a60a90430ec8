using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Search;
using Remnant.Data.Storage;
using Remnant.Domain.Search;

namespace Remnant.Cli.Commands;

/// <summary><c>remnant search "Q" [--mode exact|partial|fuzzy] [--limit N]</c>: one line per hit on stdout, tab-separated.</summary>
internal static class SearchCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var query = new Argument<string>("query") { Description = "A serial, lot or marking, whole or in part." };
        var mode = new Option<SearchMode>("--mode") { Description = "exact, partial (default) or fuzzy.", DefaultValueFactory = _ => SearchMode.Partial };
        var limit = new Option<int>("--limit") { Description = "At most this many items (1-1000).", DefaultValueFactory = _ => 20 };
        var command = new Command("search", "Search serials, lots, markings and box markings; prints score, item, serial, lot, recovery, case, field, text and reason.")
        {
            query, mode, limit,
        };
        command.SetAction(async (parse, ct) =>
        {
            var (parsed, error) = SearchQuery.Parse(parse.GetValue(query), parse.GetValue(mode));
            if (parsed is null)
            {
                await environment.Error.WriteLineAsync($"search: {error}");
                return 2;
            }
            await using var services = await CliHost.OpenDatabaseAsync(environment, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
            var catalog = services.GetRequiredService<SearchCatalog>();
            await CountProgress.RunAsync("Loading the search index", async p => await catalog.EnsureLoadedAsync(db, p, ct));
            var result = catalog.Index.Search(parsed, Math.Clamp(parse.GetValue(limit), 1, SearchIndex.MaxLimit));
            if (!result.IsValid)
            {
                await environment.Error.WriteLineAsync($"search: {result.Error}");
                return 2;
            }
            var items = await ItemLookup.LoadAsync(db, result.Hits.Select(h => h.ItemId), ct);
            foreach (var hit in result.Hits)
            {
                if (!items.TryGetValue(hit.ItemId, out var item)) continue;
                environment.Out(string.Join('\t', hit.Score.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture),
                    item.Id, item.SerialNumber, item.LotNumber, item.RecoveryId, item.CaseId, hit.Field.Describe(), Clean(hit.Text), Clean(hit.Reason)));
            }
            await environment.Error.WriteLineAsync($"search: {result.Hits.Count} shown of {result.TotalMatches}{(result.TotalIsExact ? "" : "+")} matching entries");
            return 0;
        });
        return command;
    }

    private static string Clean(string text) => text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
