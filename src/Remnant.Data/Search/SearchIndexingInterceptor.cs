using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Remnant.Data.Storage;
using Remnant.Domain.Evidence;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Domain.Recoveries;

namespace Remnant.Data.Search;

/// <summary>
/// Keeps the search and link indexes current on every write, whoever writes (web endpoints,
/// CLI imports): notes which items a save touches, and once the data is committed re-reads them,
/// updates the indexes and stores their links. Runs after the commit, in a context of its own.
/// </summary>
public sealed class SearchIndexingInterceptor(IServiceScopeFactory scopes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Touched> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context) await FlushAsync(context, cancellationToken);
        return result;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) FlushAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (eventData.Context is { } context) await FlushAsync(context, cancellationToken);
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
    }

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null) return;
        var touched = _pending.GetOrCreateValue(context);
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified)) continue;
            switch (entry.Entity)
            {
                case Item item: touched.Items.Add(item.Id); break;
                case Marking marking: touched.Items.Add(marking.ItemId); break;
                case EvidenceFile { ItemId: { } itemId }: touched.Items.Add(itemId); break;
                case Recovery recovery when entry.State == EntityState.Modified: touched.Recoveries.Add(recovery.Id); break;
            }
        }
    }

    private async Task FlushAsync(DbContext context, CancellationToken ct)
    {
        if (!_pending.TryGetValue(context, out var touched)) return;
        _pending.Remove(context);
        if (touched.Items.Count == 0 && touched.Recoveries.Count == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        try
        {
            await SearchRefresh.RunAsync(services.GetRequiredService<RemnantDbContext>(), services.GetRequiredService<SearchCatalog>(),
                services.GetRequiredService<TimeProvider>(), touched.Items, touched.Recoveries, storeLinks: true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The write itself is committed and must not be reported as failed now. A concurrent writer
            // storing the same new link loses the race here; `remnant links --rebuild` reconciles anything left.
            services.GetService<ILogger<SearchIndexingInterceptor>>()?.LogWarning(e, "Updating search and links after a write failed");
        }
    }

    private sealed class Touched
    {
        public HashSet<string> Items { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Recoveries { get; } = new(StringComparer.Ordinal);
    }
}
