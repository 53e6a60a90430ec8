using System.Globalization;
using Remnant.Domain.Dating;

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
                ? $"{system.ToUpperInvariant()} '{code}': {year + 100} is in the future and {year} is before integrated-circuit date codes ({EarliestYear})."
                : $"{system.ToUpperInvariant()} '{code}' would be {year}, before integrated-circuit date codes ({EarliestYear}).");
            return;
        }
        if (!TryWeek(into, system, year, week, code, out var interval)) return;
        var order = system == DecodingSystems.Yyww ? "YYWW (the most common date code)" : "WWYY (less common than YYWW)";
        into.Add(new Candidate(DecoderFamily.DateCode, system, interval, confidence,
            $"{order} '{code}': ISO week {week} of {year}, Monday {interval.From.ToIso()} to Sunday {interval.To.ToIso()}, so not before {interval.From.ToIso()}. A four-digit number may also be a part number, not a date.{reading.LetterNote}")
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
                $"YWW '{code}': ISO week {week} of {year}, {interval}. The year has one digit, so the decade is not written ({all} all fit); the item's era decides.{reading.LetterNote}")
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
            into.Reject(DecodingSystems.Ymmdd, $"YMMDD '{code}': month {Numbers.TwoDigits(month)} does not exist.");
            return;
        }
        var group = into.NewGroup();
        var years = Decades(yearDigit, into.Today);
        var all = string.Join(", ", years);
        foreach (var year in years)
        {
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                into.Reject(DecodingSystems.Ymmdd, $"YMMDD '{code}': {year}-{Numbers.TwoDigits(month)} has no day {Numbers.TwoDigits(day)}.");
                continue;
            }
            var date = new DateOnly(year, month, day);
            into.Add(new Candidate(DecoderFamily.DateCode, DecodingSystems.Ymmdd, new DateInterval(date, date), Confidence.Low,
                $"YMMDD '{code}': {date.ToIso()}. The year has one digit, so the decade is not written ({all} all fit); the item's era decides.{reading.LetterNote}")
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
                into.Reject(candidate.System, $"{candidate.Reason} Rejected: {rows[0].Maker} marks {known} date codes, not {candidate.System.ToUpperInvariant()}.");
                continue;
            }
            candidate.Raise($"{row.Maker} marks {row.Format.ToUpperInvariant()} date codes (source: {row.Source}{(row.Verified ? "" : "; unverified")}).{(row.Notes.Length > 0 ? " " + row.Notes : "")}");
        }
    }
}
