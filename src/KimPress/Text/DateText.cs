using System.Globalization;
using System.Text.RegularExpressions;

namespace KimPress.Text;

/// <summary>A date as written in content: a local date-time, whether a time was given, and an explicit offset if any.</summary>
/// <param name="Value">The date and time as written (kind unspecified).</param>
/// <param name="HasTime">False for a date alone, such as 2024-03-01.</param>
/// <param name="Offset">The UTC offset written with the value, if any; otherwise the site's time zone applies.</param>
public readonly record struct LocalDateValue(DateTime Value, bool HasTime, TimeSpan? Offset = null)
{
    /// <summary>Resolves the value to an instant: its own offset if written, else <paramref name="zone"/>.</summary>
    public DateTimeOffset ToInstant(TimeZoneInfo zone) =>
        Offset is { } offset ? new DateTimeOffset(Value, offset) : new DateTimeOffset(Value, zone.GetUtcOffset(Value));
}

/// <summary>
/// Reads the dates KIM members write: ISO (2024-03-01, 2024-03-01 08:30, 2024-03-01T08:30:00+07:00),
/// day-first numbers (01/03/2024) and the Indonesian way ("Jumat, 1 Maret 2024 pukul 08.30 WIB"),
/// as well as English month names.
/// </summary>
public static partial class DateText
{
    private static readonly string[][] MonthNames =
    [
        ["januari", "january", "jan"],
        ["februari", "february", "pebruari", "feb", "peb"],
        ["maret", "march", "mar"],
        ["april", "apr"],
        ["mei", "may"],
        ["juni", "june", "jun"],
        ["juli", "july", "jul"],
        ["agustus", "august", "agu", "agt", "ags", "aug"],
        ["september", "sept", "sep"],
        ["oktober", "october", "okt", "oct"],
        ["november", "nopember", "nov", "nop"],
        ["desember", "december", "des", "dec"],
    ];

    /// <summary>Parses <paramref name="text"/>; false when it is not a date this reader understands.</summary>
    public static bool TryParse(string text, out LocalDateValue value)
    {
        value = default;
        text = text.Trim();
        return TryIso(text, out value) || TryDayFirst(text, out value) || TryWords(text, out value);
    }

    private static bool TryIso(string text, out LocalDateValue value)
    {
        value = default;
        var match = IsoPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        if (!TryBuild(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, match.Groups["time"], out var date))
        {
            return false;
        }

        TimeSpan? offset = null;
        var zone = match.Groups["zone"].Value;
        if (zone.Length > 0)
        {
            if (zone is "Z" or "z")
            {
                offset = TimeSpan.Zero;
            }
            else if (TimeSpan.TryParseExact(zone[1..].Replace(":", "", StringComparison.Ordinal), "hhmm", CultureInfo.InvariantCulture, out var span) && span <= TimeSpan.FromHours(14))
            {
                offset = zone[0] == '-' ? -span : span;
            }
            else
            {
                return false;
            }
        }

        value = new LocalDateValue(date, match.Groups["time"].Success, offset);
        return true;
    }

    private static bool TryDayFirst(string text, out LocalDateValue value)
    {
        value = default;
        var match = DayFirstPattern().Match(text);
        if (!match.Success || !TryBuild(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, match.Groups["time"], out var date))
        {
            return false;
        }

        value = new LocalDateValue(date, match.Groups["time"].Success);
        return true;
    }

    private static bool TryWords(string text, out LocalDateValue value)
    {
        value = default;
        var match = WordsPattern().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var monthWord = match.Groups["month"].Value.ToLowerInvariant().TrimEnd('.');
        var month = Array.FindIndex(MonthNames, names => names.Contains(monthWord)) + 1;
        if (month == 0 || !TryBuild(match.Groups["y"].Value, month.ToString(CultureInfo.InvariantCulture), match.Groups["d"].Value, match.Groups["time"], out var date))
        {
            return false;
        }

        value = new LocalDateValue(date, match.Groups["time"].Success);
        return true;
    }

    private static bool TryBuild(string year, string month, string day, Group time, out DateTime date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        int hour = 0, minute = 0, second = 0;
        if (time.Success)
        {
            var parts = time.Value.Split(':', '.');
            hour = int.Parse(parts[0], CultureInfo.InvariantCulture);
            minute = int.Parse(parts[1], CultureInfo.InvariantCulture);
            second = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }
        }

        date = new DateTime(y, m, d, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ]+(?<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:\.\d+)?\s*(?<zone>Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})[/-](?<m>\d{1,2})[/-](?<y>\d{4})(?:\s+(?:pukul\s+|jam\s+)?(?<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:\s*(?:WIB|WITA|WIT))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex DayFirstPattern();

    [GeneratedRegex(@"^(?:[A-Za-z']+,?\s+)?(?<d>\d{1,2})\s+(?<month>[A-Za-z]+\.?)\s+(?<y>\d{4})(?:,?\s+(?:pukul\s+|jam\s+|at\s+)?(?<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:\s*(?:WIB|WITA|WIT))?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 100)]
    private static partial Regex WordsPattern();
}
