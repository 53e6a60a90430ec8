using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Remnant.Data.Search;
using Remnant.Data.Storage;

namespace Remnant.Cli.Commands;

/// <summary><c>remnant links --rebuild</c>: recomputes every link from the items and syncs the stored links.</summary>
internal static class LinksCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var rebuild = new Option<bool>("--rebuild") { Description = "Recompute every link from the items and store the result (decisions are kept)." };
        var command = new Command("links", "Links between items of different recoveries.") { rebuild };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(rebuild))
            {
                await environment.Error.WriteLineAsync("links: nothing to do; use --rebuild");
                return 2;
            }
            await using var services = await CliHost.OpenDatabaseAsync(environment, ct);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
            var catalog = services.GetRequiredService<SearchCatalog>();
            await CountProgress.RunAsync("Reading items", async p => await catalog.EnsureLoadedAsync(db, p, ct));
            var links = catalog.Links.AllLinks().ToList();
            var clock = services.GetRequiredService<TimeProvider>();
            var (added, deactivated, kept) = await CountProgress.RunAsync($"Storing {links.Count:N0} links",
                async p => await LinkStore.SyncAllAsync(db, links, clock, p, ct));
            environment.Out($"links\t{links.Count}\tadded\t{added}\tkept\t{kept}\tdeactivated\t{deactivated}");
            return 0;
        });
        return command;
    }
}
