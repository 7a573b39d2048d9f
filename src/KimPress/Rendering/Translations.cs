using System.Globalization;
using KimPress.Diagnostics;
using KimPress.Yaml;
using YamlDotNet.RepresentationModel;

namespace KimPress.Rendering;

/// <summary>
/// The theme's UI strings for one language (i18n/&lt;lang&gt;.yml): flat keys for text,
/// plus the weekday and month names and the date and time patterns that dates are written with.
/// </summary>
public sealed class Translations
{
    private readonly Dictionary<string, string> _strings;

    // Each string with placeholders is parsed once, not on every page that shows it.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, System.Text.CompositeFormat> _formats = new(StringComparer.Ordinal);
    private readonly string[] _weekdays;
    private readonly string[] _months;

    private Translations(Dictionary<string, string> strings, string[] weekdays, string[] months)
    {
        _strings = strings;
        _weekdays = weekdays;
        _months = months;
    }

    /// <summary>Loads i18n/<paramref name="language"/>.yml from the theme; null after reporting a problem.</summary>
    public static Translations? Load(ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        var name = $"i18n/{language}.yml";
        var text = theme.ReadText(name);
        if (text is null)
        {
            diagnostics.Report(DiagnosticCodes.TemplateMissing, new SourceLocation($"themes/{name}"), name);
            return null;
        }

        var root = YamlSource.LoadMapping(text, $"themes/{name}", 1, diagnostics, Configuration.LimitSettings.Default.MaxNesting);
        if (root is null)
        {
            return null;
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] weekdays = [], months = [];
        foreach (var (key, value) in root.Children)
        {
            var keyText = ((YamlScalarNode)key).Value ?? "";
            switch (value)
            {
                case YamlScalarNode scalar:
                    strings[keyText] = scalar.Value ?? "";
                    break;
                case YamlSequenceNode sequence when keyText == "weekdays":
                    weekdays = [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")];
                    break;
                case YamlSequenceNode sequence when keyText == "months":
                    months = [.. sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "")];
                    break;
            }
        }

        if (weekdays.Length != 7 || months.Length != 12)
        {
            diagnostics.Report(DiagnosticCodes.InvalidValue, new SourceLocation($"themes/{name}"), "weekdays/months",
                $"{weekdays.Length}/{months.Length}", new Phrase("weekdays berisi 7 nama hari (mulai Minggu), months berisi 12 nama bulan.", "weekdays lists 7 day names (from Sunday), months 12 month names."));
            return null;
        }

        return new Translations(strings, weekdays, months);
    }

    /// <summary>The string for <paramref name="key"/> with {0}, {1}… filled in; the key itself when missing.</summary>
    public string Get(string key, params object?[] arguments)
    {
        var template = _strings.GetValueOrDefault(key, key);
        return arguments.Length == 0
            ? template
            : string.Format(CultureInfo.InvariantCulture, _formats.GetOrAdd(template, System.Text.CompositeFormat.Parse), arguments);
    }

    /// <summary>The string for <paramref name="key"/>, or null when the theme has none.</summary>
    public string? Find(string key) => _strings.GetValueOrDefault(key);

    /// <summary>A date as the language writes it: "Jumat, 1 Maret 2024" (no zero padding).</summary>
    public string Date(DateTimeOffset date) => Fill(Get("date_format"), date);

    /// <summary>A date without the weekday: "1 Maret 2024".</summary>
    public string ShortDate(DateTimeOffset date) => Fill(Get("short_date_format"), date);

    /// <summary>A time with its zone: "08.30 WIB".</summary>
    public string Time(DateTimeOffset date) => Fill(Get("time_format"), date);

    private string Fill(string pattern, DateTimeOffset date) => pattern
        .Replace("{weekday}", _weekdays[(int)date.DayOfWeek], StringComparison.Ordinal)
        .Replace("{day}", date.Day.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{month}", _months[date.Month - 1], StringComparison.Ordinal)
        .Replace("{year}", date.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{hour}", date.Hour.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{hour12}", (date.Hour % 12 == 0 ? 12 : date.Hour % 12).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{ampm}", date.Hour < 12 ? "AM" : "PM", StringComparison.Ordinal)
        .Replace("{minute}", date.Minute.ToString("00", CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{zone}", Configuration.TimeZones.Abbreviation(date.Offset), StringComparison.Ordinal);
}
