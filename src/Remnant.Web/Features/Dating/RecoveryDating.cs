using Microsoft.EntityFrameworkCore;
using Remnant.Data.Storage;
using Remnant.Domain.Dating;
using Remnant.Domain.Decoding;
using Remnant.Domain.Items;
using Remnant.Domain.Markings;
using Remnant.Web.Features.Decoding;

namespace Remnant.Web.Features.Dating;

/// <summary>
/// Dates every item of one recovery at once (components always share their parent's recovery):
/// each item's production window is the intersection of what its markings say (accepted readings,
/// or the decoder's High-confidence top reading marked provisional); an assembly cannot predate its
/// newest component at any depth; the lag runs to the recovery date, which the demo and field
/// practice take as the strike or event date.
/// </summary>
internal sealed partial class RecoveryDating
{
    private static readonly HashSet<string> DateCodeSystems =
        [DecodingSystems.Yyww, DecodingSystems.Yww, DecodingSystems.Ymmdd, DecodingSystems.Wwyy];

    private readonly Dictionary<string, Item> _items;
    private readonly ILookup<string, Item> _children;
    private readonly Dictionary<string, List<(Marking Marking, List<MarkingInterpretation> Lines, MarkingDating? Dating)>> _markings;
    private readonly Dictionary<string, ProductionWindow> _windows = new(StringComparer.Ordinal);

    private RecoveryDating(DateOnly? useDate, List<Item> items, List<Marking> markings, List<MarkingInterpretation> lines)
    {
        UseDate = useDate;
        _items = items.ToDictionary(i => i.Id, StringComparer.Ordinal);
        _children = items.Where(i => i.ParentItemId is not null && _items.ContainsKey(i.ParentItemId)).ToLookup(i => i.ParentItemId!, StringComparer.Ordinal);
        var linesByMarking = lines.ToLookup(l => l.MarkingId, StringComparer.Ordinal);
        var superseded = markings.Where(m => m.SupersedesId is not null).Select(m => m.SupersedesId!).ToHashSet(StringComparer.Ordinal);
        _markings = markings.Where(m => !superseded.Contains(m.Id))
            .GroupBy(m => m.ItemId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
                .Select(m => (m, linesByMarking[m.Id].OrderBy(l => l.Rank).ToList(), MarkingDatings.Of(m.Text, linesByMarking[m.Id]))).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>The date of use the lag is measured to: the recovery date.</summary>
    public DateOnly? UseDate { get; }

    public IEnumerable<Item> Items => _items.Values;

    public static async Task<RecoveryDating> LoadAsync(RemnantDbContext db, string recoveryId, CancellationToken ct)
    {
        var useDate = await db.Recoveries.Where(r => r.Id == recoveryId).Select(r => r.RecoveredOn).FirstOrDefaultAsync(ct);
        var items = await db.Items.AsNoTracking().Where(i => i.RecoveryId == recoveryId && i.RetractedAt == null).ToListAsync(ct);
        var itemIds = items.Select(i => i.Id).ToList();
        var markings = await db.Markings.AsNoTracking().Where(m => itemIds.Contains(m.ItemId) && m.RetractedAt == null).ToListAsync(ct);
        var markingIds = markings.Select(m => m.Id).ToList();
        var lines = await db.MarkingInterpretations.AsNoTracking().Where(l => markingIds.Contains(l.MarkingId) && l.SupersededAt == null).ToListAsync(ct);
        return new RecoveryDating(useDate, items, markings, lines);
    }

    public static string Label(Item item) => item.Model ?? item.Category.ToCode();

    /// <summary>The item's own production window, from its markings only.</summary>
    public ProductionWindow WindowOf(string itemId)
    {
        if (_windows.TryGetValue(itemId, out var cached)) return cached;
        var evidence = _markings.GetValueOrDefault(itemId)?.Where(m => m.Dating is not null).Select(m => m.Dating!.Evidence) ?? [];
        return _windows[itemId] = ProductionWindow.Of(evidence);
    }

    public ItemDatingDto For(string itemId)
    {
        var window = WindowOf(itemId);
        var markings = _markings.GetValueOrDefault(itemId) ?? [];
        var assembly = AssemblyOf(itemId);
        var notBefore = Max(window.Interval?.From, assembly?.NotBefore);
        // Provisional when any reading the figures rest on still awaits the analyst.
        var provisional = markings.Any(m => m.Dating is { Provisional: true })
            || (assembly is { Provisional: true } && assembly.NotBefore == notBefore);
        LagDto? lag = null;
        if (UseDate is { } use && !window.IsContradictory && notBefore is not null)
        {
            var computed = ProductionLag.Between(notBefore, window.Interval?.To, use);
            lag = new LagDto(computed.MinDays, computed.MaxDays, computed.Wording, computed.IsContradiction) { Bounds = computed };
        }
        return new ItemDatingDto(
            window.Interval is { } w ? new IntervalDto(w.From, w.To) : null,
            provisional,
            window.Contradictions.Select(c => new ContradictionDto(c.First.Source, c.Second.Source, c.Why)).ToList(),
            assembly,
            UseDate,
            lag,
            markings.Select(m => new MarkingDatingDto(m.Marking.Id, m.Marking.Text, m.Dating?.Reading.System, m.Dating?.Evidence.Interval.From,
                m.Dating?.Evidence.Interval.To, m.Dating?.Provisional ?? false, m.Lines.Select(InterpretationDto.Of).ToList())).ToList(),
            window.Why);
    }

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
