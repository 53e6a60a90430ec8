using System.Globalization;
using Remnant.Domain.Dating;
using Remnant.Domain.Wording;

namespace Remnant.Domain.Decoding.DateCodes;

public sealed partial class DateCodeDecoder
{
    private static void Weekly(CodeReading reading, string system, int twoDigitYear, int week, Confidence confidence)
    {
        var into = reading.Into;
        var year = 2000 + twoDigitYear <= into.Today.Year ? 2000 + twoDigitYear : 1900 + twoDigitYear;
        var code = system == DecodingSystems.Yyww ? $"{Numbers.TwoDigits(twoDigitYear)}{Numbers.TwoDigits(week)}" : $"{Numbers.TwoDigits(week)}{Numbers.TwoDigits(twoDigitYear)}";
        if (year < EarliestYear)
        {
            into.Reject(system, year + 100 > into.Today.Year
                ? DateCodeReasons.FutureAndTooEarly.With(system.ToUpperInvariant(), code, year + 100, year, EarliestYear)
                : DateCodeReasons.TooEarly.With(system.ToUpperInvariant(), code, year, EarliestYear));
            return;
        }
        if (!TryWeek(into, system, year, week, code, out var interval)) return;
        var order = system == DecodingSystems.Yyww ? DateCodeReasons.Yyww : DateCodeReasons.Wwyy;
        into.Add(new Candidate(DecoderFamily.DateCode, system, interval, confidence,
            reading.Said(order.With(code, week, year, interval.From, interval.To, interval.From)))
        {
            Fields = reading.Fields(year, "week", week),
        });
    }

    private static void Yww(CodeReading reading, int yearDigit, int week)
    {
        var into = reading.Into;
        var code = $"{yearDigit}{Numbers.TwoDigits(week)}";
        var group = into.NewGroup();
        var years = Decades(yearDigit, into.Today);
        var all = string.Join(", ", years);
        foreach (var year in years)
        {
            if (!TryWeek(into, DecodingSystems.Yww, year, week, code, out var interval))
            {
                if (week is < 1 or > 53) return; // one rejection says it for every decade
                continue;
            }
            into.Add(new Candidate(DecoderFamily.DateCode, DecodingSystems.Yww, interval, Confidence.Low,
                reading.Said(DateCodeReasons.Yww.With(code, week, year, interval, all)))
            {
                Group = group,
                Fields = reading.Fields(year, "week", week),
            });
        }
    }

    private static void Ymmdd(CodeReading reading, int yearDigit, int month, int day)
    {
        var into = reading.Into;
        var code = $"{yearDigit}{Numbers.TwoDigits(month)}{Numbers.TwoDigits(day)}";
        if (month is < 1 or > 12)
        {
            into.Reject(DecodingSystems.Ymmdd, DateCodeReasons.NoSuchMonth.With(code, Numbers.TwoDigits(month)));
            return;
        }
        var group = into.NewGroup();
        var years = Decades(yearDigit, into.Today);
        var all = string.Join(", ", years);
        foreach (var year in years)
        {
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                into.Reject(DecodingSystems.Ymmdd, DateCodeReasons.NoSuchDay.With(code, year, Numbers.TwoDigits(month), Numbers.TwoDigits(day)));
                continue;
            }
            var date = new DateOnly(year, month, day);
            into.Add(new Candidate(DecoderFamily.DateCode, DecodingSystems.Ymmdd, new DateInterval(date, date), Confidence.Low,
                reading.Said(DateCodeReasons.Ymmdd.With(code, date, all)))
            {
                Group = group,
                Fields = InterpretationFields.Of(("year", Numbers.Text(year)), ("month", Numbers.TwoDigits(month)), ("day", Numbers.TwoDigits(day))),
            });
        }
    }

    // Every year ending in the digit, from the earliest decade to today, most recent first.
    private static int[] Decades(int digit, DateOnly today)
    {
        var latest = today.Year - (((today.Year % 10) - digit + 10) % 10);
        if (latest < EarliestDecade) return [];
        var years = new int[(latest - EarliestDecade) / 10 + 1];
        for (var i = 0; i < years.Length; i++) years[i] = latest - 10 * i;
        return years;
    }

    // The maker of one item is asked for again and again (every component of a board): remember the
    // last answer rather than folding the name each time.
    // A reference, so a reader on another thread sees one whole pair or the other, never a mix.
    private MakerFormats? _lastMaker;

    private sealed record MakerFormats(string Maker, IReadOnlyList<DateCodeFormat> Rows);

    private IReadOnlyList<DateCodeFormat> FormatsFor(string maker)
    {
        if (_lastMaker is { } last && string.Equals(last.Maker, maker, StringComparison.Ordinal)) return last.Rows;
        var rows = Formats.For(maker);
        _lastMaker = new MakerFormats(maker, rows);
        return rows;
    }

    // A known maker picks its own formats: readings in other formats are rejected, not merely ranked down.
    private void ApplyMaker(string? maker, Hypotheses into, int first)
    {
        if (string.IsNullOrWhiteSpace(maker) || into.Candidates.Count == first) return;
        var rows = FormatsFor(maker);
        if (rows.Count == 0) return;
        var known = string.Join("/", rows.Select(r => r.Format.ToUpperInvariant()).Distinct());
        for (var i = into.Candidates.Count - 1; i >= first; i--)
        {
            var candidate = into.Candidates[i];
            var row = rows.FirstOrDefault(r => r.Format == candidate.System);
            if (row is null)
            {
                into.Candidates.RemoveAt(i);
                into.Reject(candidate.System, candidate.Reason.Then(DateCodeReasons.NotMakersFormat.With(rows[0].Maker, known, candidate.System.ToUpperInvariant())));
                continue;
            }
            candidate.Raise(MakerSays(row));
        }
    }

    // The notes are the table's own free text: kept inside the sentence, they stay as written.
    private static Phrase MakerSays(DateCodeFormat row)
    {
        var format = row.Format.ToUpperInvariant();
        return (row.Verified, row.Notes.Length > 0) switch
        {
            (true, false) => DateCodeReasons.MakersFormat.With(row.Maker, format, row.Source),
            (false, false) => DateCodeReasons.MakersFormatUnverified.With(row.Maker, format, row.Source),
            (true, true) => DateCodeReasons.MakersFormatNotes.With(row.Maker, format, row.Source, row.Notes),
            (false, true) => DateCodeReasons.MakersFormatUnverifiedNotes.With(row.Maker, format, row.Source, row.Notes),
        };
    }
}
