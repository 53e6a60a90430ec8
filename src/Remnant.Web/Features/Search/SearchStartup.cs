using Microsoft.Extensions.Options;
using Remnant.Data.Search;
using Remnant.Data.Storage;
using Remnant.Web.Infrastructure;

namespace Remnant.Web.Features.Search;

/// <summary>Options of the search feature (section <c>Search</c>).</summary>
public sealed class SearchOptions
{
    /// <summary>Seconds between polls of the history for other instances' writes (default 2; 0 turns following off).</summary>
    public double PollSeconds { get; set; } = 2;
}

/// <summary>
/// Loads the search and link indexes by streaming rows at start (<c>/health</c> stays 503 until
/// done), then follows the history table so writes of other web instances on the same
/// PostgreSQL reach this instance's indexes.
/// </summary>
internal sealed class SearchStartup : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly SearchCatalog _catalog;
    private readonly Readiness _readiness;
    private readonly TimeProvider _clock;
    private readonly SearchOptions _options;
    private readonly ILogger<SearchStartup> _log;

    public SearchStartup(IServiceScopeFactory scopes, SearchCatalog catalog, Readiness readiness, TimeProvider clock,
        IOptions<SearchOptions> options, ILogger<SearchStartup> log)
    {
        (_scopes, _catalog, _readiness, _clock, _options, _log) = (scopes, catalog, readiness, clock, options.Value, log);
        _readiness.Require("search");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ChangeFollower follower;
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RemnantDbContext>();
            var started = _clock.GetTimestamp();
            var watermark = await _catalog.EnsureLoadedAsync(db, ct: stoppingToken);
            follower = new ChangeFollower(Math.Max(0, watermark));
            // Writes committed while rows streamed are in the history past the watermark.
            await follower.PollAsync(db, _catalog, _clock, stoppingToken);
            _log.LogInformation("Search index loaded: {Items} items, {Entries} entries in {Seconds:F1} s",
                _catalog.Index.ItemCount, _catalog.Index.EntryCount, _clock.GetElapsedTime(started).TotalSeconds);
        }
        _readiness.MarkReady("search");
        if (_options.PollSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(_options.PollSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = _scopes.CreateAsyncScope();
                await follower.PollAsync(scope.ServiceProvider.GetRequiredService<RemnantDbContext>(), _catalog, _clock, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _log.LogWarning(e, "Following other instances' writes failed; retrying");
            }
        }
    }
}
