namespace KimPress.Configuration;

/// <summary>
/// Finds a time zone by IANA name. Indonesia's three zones have had no daylight saving since
/// 1964, so they are also known here as fixed offsets: a CI machine without tzdata still builds.
/// </summary>
public static class TimeZones
{
    private static readonly Dictionary<string, (int Hours, string Abbreviation)> Indonesian = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Asia/Jakarta"] = (7, "WIB"),
        ["Asia/Pontianak"] = (7, "WIB"),
        ["Asia/Makassar"] = (8, "WITA"),
        ["Asia/Jayapura"] = (9, "WIT"),
    };

    /// <summary>The zone named <paramref name="name"/>, or null when it is unknown.</summary>
    public static TimeZoneInfo? Find(string name)
    {
        if (Indonesian.TryGetValue(name, out var fixedZone))
        {
            return TimeZoneInfo.CreateCustomTimeZone(name, TimeSpan.FromHours(fixedZone.Hours), name, fixedZone.Abbreviation);
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : null;
    }

    /// <summary>WIB, WITA or WIT for Indonesia's offsets; otherwise "UTC+h".</summary>
    public static string Abbreviation(TimeSpan offset) => offset.TotalHours switch
    {
        7 => "WIB",
        8 => "WITA",
        9 => "WIT",
        _ => offset < TimeSpan.Zero ? $"UTC-{offset:hh\\:mm}" : $"UTC+{offset:hh\\:mm}",
    };
}
