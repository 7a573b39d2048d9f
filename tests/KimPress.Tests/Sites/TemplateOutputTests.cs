using KimPress.Tests.Support;
using Xunit;

namespace KimPress.Tests.Sites;

/// <summary>
/// How templates reach the page bytes: partials cached per value (<c>include_cached "x" p</c>),
/// trusted HTML copied in as UTF-8, and pages of any size. Each is checked against what Scriban
/// itself writes when nothing is cached.
/// </summary>
public class TemplateOutputTests
{
    [Fact]
    public void Cards_cached_per_post_are_byte_for_byte_the_cards_rendered_on_every_page()
    {
        const string post = """
            ---
            title: Kerja Bakti "Bersih Desa" & Lomba <Kampung>
            date: 2024-03-05
            tags: [lingkungan, kesehatan]
            summary: Warga Kalianyar membersihkan saluran air · bersama Babinsa.
            ---
            Warga bergotong royong.
            """;
        using var cached = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-03-05-lomba-kampung.md", post);
        using var uncached = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-03-05-lomba-kampung.md", post);
        var theme = File.ReadAllText(Path.Combine(EndToEnd.DemoSiteFixture.FindRepositoryRoot(), "themes/default/layouts/partials/post-list.html"));
        Assert.Contains("include_cached \"partials/post-card.html\" p", theme, StringComparison.Ordinal);
        uncached.With("layouts/partials/post-list.html", theme.Replace("include_cached \"partials/post-card.html\" p", "include \"partials/post-card.html\"", StringComparison.Ordinal));

        var a = cached.Build().AssertSucceeded();
        var b = uncached.Build().AssertSucceeded();

        var pages = a.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(pages, b.Output.Files.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains(pages, p => a.Text(p).Contains("Kerja Bakti &quot;Bersih Desa&quot; &amp; Lomba &lt;Kampung&gt;", StringComparison.Ordinal));
        foreach (var page in pages)
        {
            Assert.Equal(b.Text(page), a.Text(page));
        }
    }

    [Fact]
    public void A_cached_partial_that_is_given_an_expression_instead_of_a_variable_is_a_template_error()
    {
        using var site = MiniSite.Basic().With("layouts/partials/post-list.html", """
            {{~ for p in posts }}
            {{ include_cached "partials/post-card.html" p.title }}
            {{~ end }}
            """);
        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        var error = Assert.Single(built.Result.Diagnostics.Where(d => d.Code == "KP0401").DistinctBy(d => d.Location));
        Assert.Equal("layouts/partials/post-list.html", error.Location.Path);
        Assert.Contains("satu variabel", error.Message("id"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_partial_cached_per_post_cannot_read_page_data()
    {
        using var site = MiniSite.Basic().With("layouts/partials/post-card.html", "<article>{{ p.title }} di {{ page.title }}</article>");
        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.Contains(built.Result.Diagnostics, d => d.Code == "KP0401" && d.Location.Path == "layouts/partials/post-card.html");
    }

    [Fact]
    public void A_cached_partial_can_include_another_cached_partial()
    {
        using var site = MiniSite.Basic()
            .With("layouts/partials/post-card.html", """<article><h3>{{ p.title }}</h3>{{ include_cached "partials/badge.html" p }}</article>""")
            .With("layouts/partials/badge.html", """<span class="badge">{{ p.category.name }} · {{ site.title }}</span>""");
        var home = site.Build().AssertSucceeded().Text("index.html");

        Assert.Contains("""<article><h3>Posyandu Balita Kalianyar Kembali Aktif</h3><span class="badge">Berita · Portal KIM Kabupaten Contoh</span></article>""", home, StringComparison.Ordinal);
    }

    [Fact]
    public void Trusted_html_in_an_indented_block_is_indented_the_way_scriban_indents_text()
    {
        // The footer partial is written inside "    {{ … }}": Scriban indents every later line of
        // it by those four spaces, and the UTF-8 fast path must not change that.
        using var site = MiniSite.Basic()
            .With("layouts/partials/site-footer.html", "<p>satu</p>\n<p>dua</p>\n<p>tiga</p>");
        var home = site.Build().AssertSucceeded().Text("index.html");

        Assert.Contains("    <p>satu</p>\n    <p>dua</p>\n    <p>tiga</p>\n", home, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_larger_than_one_mebibyte_is_written_whole()
    {
        // Scriban stops writing at 1 MiB per render unless told otherwise.
        var paragraph = string.Concat(Enumerable.Repeat("Warga Kalianyar menanam pohon di sepanjang sungai. ", 40));
        var body = string.Join("\n\n", Enumerable.Range(1, 700).Select(i => $"{paragraph} Paragraf {i}."));
        using var site = MiniSite.Basic()
            .With("site.yml", MiniSite.SiteYml + "\nlimits: { max_file_kb: 4096 }\nbudget: { page_kb: 4000 }\n")
            .With("content/kim-sukamaju/posts/2024-03-05-panjang.md", $"---\ntitle: Tulisan Sangat Panjang\ndate: 2024-03-05\nsummary: Panjang sekali.\n---\n{body}\n");
        var page = site.Build().AssertSucceeded().Text("kim-sukamaju/panjang/index.html");

        Assert.True(page.Length > 1_100_000, $"page is {page.Length} characters");
        Assert.Contains("Paragraf 700.</p>", page, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }
}
