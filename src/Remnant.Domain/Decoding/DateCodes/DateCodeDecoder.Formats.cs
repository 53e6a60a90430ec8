using System.Globalization;
using Remnant.Domain.Dating;

namespace Remnant.Domain.Decoding.DateCodes;

public sealed partial class DateCodeDecoder
{
    private static void Weekly(CodeReading reading, string system, int twoDigitYear, int week, Confidence confidence)
    {
        var into = reading.Into;
        var year = 2000 + twoDigitYear <= into.Today.Year ? 2000 + twoDigitYear : 1900 + twoDigitYear;
        var code = system == DecodingSystems.Yyww ? $"{twoDigitYear:00}{week:00}" : $"{week:00}{twoDigitYear:00}";
        if (year < EarliestYear)
        {
            into.Reject(system, $"{system.ToUpperInvariant()} '{code}' would be {year}, before integrated-circuit date codes ({EarliestYear}).");
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
        var code = $"{yearDigit}{week:00}";
        var group = into.NewGroup();
        var years = Decades(yearDigit, into.Today);
        foreach (var year in years)
        {
            if (!TryWeek(into, DecodingSystems.Yww, year, week, code, out var interval))
            {
                if (week is < 1 or > 53) return; // one rejection says it for every decade
                continue;
            }
            into.Add(new Candidate(DecoderFamily.DateCode, DecodingSystems.Yww, interval, Confidence.Low,
                $"YWW '{code}': ISO week {week} of {year}, {interval}. The year has one digit, so the decade is not written ({string.Join(", ", years)} all fit); the item's era decides.{reading.LetterNote}")
            {
                Group = group,
                Fields = reading.Fields(year, "week", week),
            });
        }
    }

    private static void Ymmdd(CodeReading reading, int yearDigit, int month, int day)
    {
        var into = reading.Into;
        var code = $"{yearDigit}{month:00}{day:00}";
        if (month is < 1 or > 12)
        {
            into.Reject(DecodingSystems.Ymmdd, $"YMMDD '{code}': month {month:00} does not exist.");
            return;
        }
        var group = into.NewGroup();
        var years = Decades(yearDigit, into.Today);
        foreach (var year in years)
        {
            if (day < 1 || day > DateTime.DaysInMonth(year, month))
            {
                into.Reject(DecodingSystems.Ymmdd, $"YMMDD '{code}': {year}-{month:00} has no day {day:00}.");
                continue;
            }
            var date = new DateOnly(year, month, day);
            into.Add(new Candidate(DecoderFamily.DateCode, DecodingSystems.Ymmdd, new DateInterval(date, date), Confidence.Low,
                $"YMMDD '{code}': {date.ToIso()}. The year has one digit, so the decade is not written ({string.Join(", ", years)} all fit); the item's era decides.{reading.LetterNote}")
            {
                Group = group,
                Fields = InterpretationFields.Of(("year", year.ToString(CultureInfo.InvariantCulture)), ("month", month.ToString("00", CultureInfo.InvariantCulture)), ("day", day.ToString("00", CultureInfo.InvariantCulture))),
            });
        }
    }

    // Every year ending in the digit, from the earliest decade to today, most recent first.
    private static int[] Decades(int digit, DateOnly today)
    {
        var years = new List<int>(5);
        for (var year = today.Year - (((today.Year % 10) - digit + 10) % 10); year >= EarliestDecade; year -= 10) years.Add(year);
        return [.. years];
    }

    // A known maker picks its own formats: readings in other formats are rejected, not merely ranked down.
    private void ApplyMaker(string? maker, Hypotheses into, int first)
    {
        var rows = Formats.For(maker);
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
