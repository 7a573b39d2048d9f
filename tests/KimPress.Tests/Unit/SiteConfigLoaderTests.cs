using KimPress.Configuration;
using KimPress.Diagnostics;

namespace KimPress.Tests.Unit;

public sealed class SiteConfigLoaderTests
{
    [Fact]
    public void Reads_every_field_into_typed_settings()
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteConfigLoader.Parse(Support.MiniSite.SiteYml, null, diagnostics);

        Assert.NotNull(settings);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(new Uri("https://kim.contohkab.go.id/"), settings.BaseUrl);
        Assert.Equal("/", settings.BasePath);
        Assert.Equal(TimeSpan.FromHours(7), settings.TimeZone.BaseUtcOffset);
        Assert.Equal(["klaster-utara", "klaster-selatan"], settings.Clusters.Select(c => c.Slug.Value));
        Assert.Equal("3514010001", settings.Kecamatan[0].Desa[0].Code);
        Assert.Null(settings.Kecamatan[0].Desa[1].Code);
        Assert.Equal(new PaginationSettings(20, 10, 20), settings.Pagination);
        Assert.Equal("(0343) 123", settings.Diskominfo.Phone);
    }

    [Fact]
    public void A_sub_path_base_url_gives_the_base_path()
    {
        var settings = SiteConfigLoader.Parse(Support.MiniSite.SiteYml, "https://contoh.github.io/kim-contoh", new DiagnosticBag());
        Assert.Equal("/kim-contoh/", settings!.BasePath);
    }

    [Fact]
    public void Unknown_keys_are_reported_with_position_and_a_suggestion()
    {
        var diagnostics = new DiagnosticBag();
        var yaml = Support.MiniSite.SiteYml.Replace("timezone: Asia/Jakarta", "timezon: Asia/Jakarta");
        Assert.Null(SiteConfigLoader.Parse(yaml, null, diagnostics));

        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KP0003", diagnostic.Code);
        Assert.Equal(new SourceLocation("site.yml", 5, 1), diagnostic.Location);
        Assert.Contains("maksud Anda \"timezone\"", diagnostic.Message("id"));
    }

    [Theory]
    [InlineData("base_url: https://kim.contohkab.go.id/", "base_url: bukan-url", "KP0006", 3, 11)]
    [InlineData("language: id", "language: jawa", "KP0006", 4, 11)]
    [InlineData("timezone: Asia/Jakarta", "timezone: Mars/Olympus", "KP0006", 5, 11)]
    [InlineData("home: 20,", "home: banyak,", "KP0005", 9, 21)]
    [InlineData("{ name: Kalianyar, code: \"3514010001\" }", "{ name: Kalianyar, code: \"12\" }", "KP0006", 20, 34)]
    [InlineData("- slug: klaster-selatan", "- slug: Klaster Selatan", "KP0009", 14, 11)]
    public void Bad_values_are_reported_where_they_are(string original, string replacement, string code, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SiteConfigLoader.Parse(Support.MiniSite.SiteYml.Replace(original, replacement), null, diagnostics));

        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal((code, line, column), (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void Yaml_syntax_errors_give_the_line()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SiteConfigLoader.Parse("title: A\nbase_url: [unclosed\nlanguage: id\n", null, diagnostics));
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KP0002", diagnostic.Code);
        Assert.InRange(diagnostic.Location.Line, 2, 4);
    }

    [Fact]
    public void Missing_required_keys_are_all_reported()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(SiteConfigLoader.Parse("description: x\n", null, diagnostics));
        var missing = diagnostics.Sorted().Where(d => d.Code == "KP0004").Select(d => (string)d.Arguments[0]).Order(StringComparer.Ordinal);
        Assert.Equal(["base_url", "diskominfo", "kabupaten", "title"], missing);
    }
}
