using Remnant.Domain.Decoding.Calendars;
using Remnant.Domain.Decoding.DateCodes;
using Remnant.Domain.Decoding.Headstamps;
using Remnant.Domain.Decoding.LotNumbers;

namespace Remnant.Domain.Decoding;

/// <summary>
/// Reads one marking the way an expert does: every decoder family that fits offers its hypotheses,
/// the context (country of manufacture, script, item category, era window, maker) ranks them and each
/// move is explained in the reason; impossible readings are kept as rejections with their reasons.
/// <c>113</c> with country KP puts Juche 2024 first; with TW, Minguo 2024. Thread-safe; never
/// returns null and never throws on any text.
/// </summary>
public sealed partial class MarkingDecoder
{
    private readonly IMarkingFamily[] _auto;
    private readonly IMarkingFamily[] _calendar, _headstamp, _dateCode, _lot;

    /// <summary>Creates a decoder over <paramref name="tables"/>.</summary>
    public MarkingDecoder(ReferenceTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        Tables = tables;
        Calendars = new CalendarDecoder();
        Headstamps = new HeadstampDecoder(tables.Headstamps);
        DateCodes = new DateCodeDecoder(tables.DateCodeFormats);
        LotNumbers = new LotNumberDecoder();
        _calendar = [Calendars];
        _headstamp = [Headstamps];
        _dateCode = [DateCodes];
        _lot = [LotNumbers];
        _auto = [Calendars, DateCodes, Headstamps, LotNumbers];
    }

    /// <summary>The tables in use.</summary>
    public ReferenceTables Tables { get; }

    /// <summary>The calendar family.</summary>
    public CalendarDecoder Calendars { get; }

    /// <summary>The headstamp family.</summary>
    public HeadstampDecoder Headstamps { get; }

    /// <summary>The component date-code family.</summary>
    public DateCodeDecoder DateCodes { get; }

    /// <summary>The MIL-STD-1168 lot-number family.</summary>
    public LotNumberDecoder LotNumbers { get; }

    /// <summary>Decodes <paramref name="text"/> with the families of <paramref name="kind"/> and ranks the
    /// result by <paramref name="context"/>.</summary>
    public DecodeResult Decode(string? text, DecodeContext context, MarkingKind kind = MarkingKind.Auto) => kind switch
    {
        MarkingKind.Calendar => Run(text, context, _calendar, explicitKind: true),
        MarkingKind.Headstamp => Run(text, context, _headstamp, explicitKind: true),
        MarkingKind.DateCode => Run(text, context, _dateCode, explicitKind: true),
        MarkingKind.Lot => Run(text, context, _lot, explicitKind: true),
        _ => Run(text, context, _auto, explicitKind: false),
    };

    internal static DecodeResult Run(string? text, DecodeContext context, IMarkingFamily[] families, bool explicitKind)
    {
        ArgumentNullException.ThrowIfNull(context);
        var marking = MarkingText.Read(text);
        var script = context.Script ?? marking.Script;
        var found = new Hypotheses(context.Today, explicitKind);
        if (marking.Problem is not null)
        {
            found.Reject(DecodingSystems.Input, marking.Problem);
            return Build(marking, script, found);
        }
        foreach (var family in families)
        {
            family.Collect(marking, context, found);
        }
        Rank(found, context, script);
        if (found.Candidates.Count == 0 && found.Rejected.Count == 0 && !found.HasFacts)
        {
            found.Reject(DecodingSystems.Input, (explicitKind ? RankingReasons.WrongShape : RankingReasons.NoDecoder).With());
        }
        return Build(marking, script, found);
    }

    private static DecodeResult Build(MarkingText marking, MarkingScript script, Hypotheses found)
    {
        found.Candidates.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Order.CompareTo(b.Order));
        var interpretations = new Interpretation[found.Candidates.Count];
        for (var i = 0; i < interpretations.Length; i++) interpretations[i] = found.Candidates[i].Freeze();
        return new DecodeResult(marking.Raw, script, interpretations,
            found.Rejected.Count == 0 ? [] : found.Rejected.ToArray(), found.HasFacts ? found.Facts.ToArray() : []);
    }
}
