using KimPress.Diagnostics;
using KimPress.Rendering;

namespace KimPress.Tests.Unit;

public sealed class TranslationsTests
{
    private static Translations Load(string language) =>
        Translations.Load(ThemeFiles.Load(Path.GetTempPath(), "default"), language, new DiagnosticBag())!;

    [Theory]
    [InlineData(2024, 3, 1, "Jumat, 1 Maret 2024")]
    [InlineData(2024, 8, 17, "Sabtu, 17 Agustus 2024")]
    [InlineData(2025, 1, 5, "Minggu, 5 Januari 2025")]
    public void Indonesian_dates_have_no_zero_padding(int y, int m, int d, string expected) =>
        Assert.Equal(expected, Load("id").Date(new DateTimeOffset(y, m, d, 8, 5, 0, TimeSpan.FromHours(7))));

    [Fact]
    public void Times_use_a_dot_and_the_zone_abbreviation()
    {
        var id = Load("id");
        Assert.Equal("08.05 WIB", id.Time(new DateTimeOffset(2024, 3, 1, 8, 5, 0, TimeSpan.FromHours(7))));
        Assert.Equal("20.30 WITA", id.Time(new DateTimeOffset(2024, 3, 1, 20, 30, 0, TimeSpan.FromHours(8))));
        Assert.Equal("08.05 WIT", id.Time(new DateTimeOffset(2024, 3, 1, 8, 5, 0, TimeSpan.FromHours(9))));
    }

    [Fact]
    public void English_is_available()
    {
        var en = Load("en");
        Assert.Equal("Friday, 1 March 2024", en.Date(new DateTimeOffset(2024, 3, 1, 8, 5, 0, TimeSpan.FromHours(7))));
        Assert.Equal("2 of 3 villages have a KIM (67%)", en.Get("coverage", 2, 3, 67));
    }

    [Fact]
    public void Both_languages_define_the_same_keys_and_every_key_the_templates_use()
    {
        var theme = ThemeFiles.Load(Path.GetTempPath(), "default");
        var keys = new Dictionary<string, HashSet<string>>();
        foreach (var language in new[] { "id", "en" })
        {
            var text = theme.ReadText($"i18n/{language}.yml")!;
            keys[language] = [.. text.Split('\n').Where(l => l.Length > 0 && char.IsAsciiLetterLower(l[0]) && l.Contains(':')).Select(l => l[..l.IndexOf(':')])];
        }

        Assert.Equal(keys["id"].Order(), keys["en"].Order());
        var used = theme.Names.Where(n => n.StartsWith("layouts/", StringComparison.Ordinal))
            .SelectMany(n => System.Text.RegularExpressions.Regex.Matches(theme.ReadText(n)!, "\\bt \"([a-z_]+)\"").Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(keys["id"]));
    }
}
