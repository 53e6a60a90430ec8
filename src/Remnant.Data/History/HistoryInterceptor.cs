using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using Remnant.Domain.History;

namespace Remnant.Data.History;

/// <summary>Appends one <see cref="HistoryEntry"/> per created, changed or retracted record, in the
/// same transaction as the change itself, and refuses any deletion: evidence is never destroyed.</summary>
public sealed class HistoryInterceptor(IOptions<RemnantOptions> options, TimeProvider clock) : SaveChangesInterceptor
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context) Record(context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) Record(context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var actor = options.Value.Operator;
        var entries = new List<HistoryEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is HistoryEntry && entry.State is EntityState.Modified or EntityState.Deleted)
                throw new InvalidOperationException("The history is append-only: entries are never changed or deleted.");
            if (entry.Entity is not IRecord record) continue;
            switch (entry.State)
            {
                case EntityState.Deleted:
                    throw new InvalidOperationException($"{entry.Metadata.ClrType.Name} {record.Id} cannot be deleted: records are retracted with a reason, never deleted.");
                case EntityState.Added when entry.Entity is not IDerivedRecord:
                    entries.Add(Entry(entry, record, "created", null, Snapshot(entry, current: true), actor, now));
                    break;
                case EntityState.Modified when entry.Properties.Any(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)):
                    var action = entry.Entity is IRetractable && entry.Property(nameof(IRetractable.RetractedAt)).OriginalValue is null
                        && entry.Property(nameof(IRetractable.RetractedAt)).CurrentValue is not null ? "retracted" : "updated";
                    entries.Add(Entry(entry, record, action, Snapshot(entry, current: false), Snapshot(entry, current: true), actor, now));
                    break;
            }
        }
        context.AddRange(entries);
    }

    private static HistoryEntry Entry(EntityEntry entry, IRecord record, string action, string? before, string after, string actor, DateTimeOffset at) =>
        new() { EntityType = entry.Metadata.ClrType.Name, EntityId = record.Id, Action = action, Actor = actor, At = at, Before = before, After = after };

    private static string Snapshot(EntityEntry entry, bool current)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var value = current ? property.CurrentValue : property.OriginalValue;
            values[JsonNamingPolicy.CamelCase.ConvertName(property.Metadata.Name)] = value is Enum e ? e.ToString() : value;
        }
        return JsonSerializer.Serialize(values, Json);
    }
}
