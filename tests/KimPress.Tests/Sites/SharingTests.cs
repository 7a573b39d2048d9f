using System.Text.Json;
using AngleSharp.Dom;
using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

/// <summary>What a shared link shows (Open Graph, Twitter cards) and what search engines read (JSON-LD).</summary>
public sealed class SharingTests
{
    private const string HoaxPost = """
        ---
        title: Air Sumur Kalianyar Disebut Beracun
        date: 2024-05-10 09:00
        author: Siti Aminah
        category: klarifikasi-hoaks
        summary: Pesan berantai menyebut air sumur beracun; hasil uji lab menyatakan layak.
        claim:
          rating: HOAKS
          text: "Jangan minum air sumur Kalianyar, sudah diracun!"
          source: Pesan berantai di grup WhatsApp warga
          source_url: https://example.com/pesan
          archive_url: https://web.archive.org/web/2024/https://example.com/pesan
          date: 2024-05-08
          references:
            - { title: Hasil uji Dinas Kesehatan, url: "https://dinkes.example.go.id/uji" }
        ---
        Hasil uji laboratorium menyatakan air layak.
        """;

    [Fact]
    public void A_news_post_carries_a_NewsArticle_published_by_its_kim()
    {
        using var site = MiniSite.Basic();
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/posyandu-aktif/index.html");

        var article = JsonLd(page).RootElement;
        Assert.Equal("https://schema.org", article.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", article.GetProperty("@type").GetString());
        Assert.Equal("Posyandu Balita Kalianyar Kembali Aktif", article.GetProperty("headline").GetString());
        Assert.Equal("2024-03-01T08:30:00+07:00", article.GetProperty("datePublished").GetString());
        Assert.Equal("https://kim.contohkab.go.id/kim-sukamaju/posyandu-aktif/", article.GetProperty("mainEntityOfPage").GetString());
        Assert.Equal("Siti Aminah", article.GetProperty("author").GetProperty("name").GetString());
        var publisher = article.GetProperty("publisher");
        Assert.Equal("Organization", publisher.GetProperty("@type").GetString());
        Assert.Equal("KIM Sukamaju", publisher.GetProperty("name").GetString());
        Assert.Equal("https://kim.contohkab.go.id/kim-sukamaju/", publisher.GetProperty("url").GetString());
    }

    [Fact]
    public void Other_categories_are_a_BlogPosting()
    {
        using var site = MiniSite.Basic();
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/kerja-bakti/index.html");

        Assert.Equal("BlogPosting", JsonLd(page).RootElement.GetProperty("@type").GetString());
    }

    [Fact]
    public void A_hoax_clarification_carries_exactly_one_ClaimReview_of_the_claim()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-10-air-sumur.md", HoaxPost);
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/air-sumur/index.html");

        var graph = JsonLd(page).RootElement.GetProperty("@graph").EnumerateArray().ToList();
        Assert.Equal(["NewsArticle", "ClaimReview"], graph.Select(n => n.GetProperty("@type").GetString()));
        var review = graph[1];
        Assert.Equal("Jangan minum air sumur Kalianyar, sudah diracun!", review.GetProperty("claimReviewed").GetString());
        Assert.Equal("HOAKS", review.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("KIM Sukamaju", review.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://kim.contohkab.go.id/kim-sukamaju/air-sumur/", review.GetProperty("url").GetString());
        var claim = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal("2024-05-08", claim.GetProperty("datePublished").GetString());
        Assert.Equal("https://example.com/pesan", claim.GetProperty("firstAppearance").GetProperty("url").GetString());
        Assert.Equal(
            ["https://example.com/pesan", "https://web.archive.org/web/2024/https://example.com/pesan"],
            claim.GetProperty("appearance").EnumerateArray().Select(a => a.GetProperty("url").GetString()));

        // The layout fact-checkers use: label, narasi, sumber, then penjelasan and referensi.
        Assert.Equal("[HOAKS]", page.QuerySelector(".claim .rating")!.TextContent);
        Assert.Equal("Jangan minum air sumur Kalianyar, sudah diracun!", page.QuerySelector(".claim blockquote")!.TextContent.Trim());
        Assert.Contains("Pesan berantai di grup WhatsApp warga", page.QuerySelector(".claim")!.TextContent);
        Assert.Equal(
            ["Klarifikasi hoaks", "Penjelasan", "Referensi"],
            page.QuerySelectorAll("article.post h2").Select(h => h.TextContent.Trim()));
        Assert.Equal("https://dinkes.example.go.id/uji", page.QuerySelector(".claim-refs a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_title_with_a_closing_script_tag_cannot_break_out_of_the_json_ld()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-11-skrip.md", """
            ---
            title: "Awas </script><script>alert(1)</script> & <!-- tautan palsu"
            date: 2024-05-11
            summary: Tes.
            ---
            Isi.
            """);
        var built = site.Build().AssertSucceeded();
        var html = built.Text("kim-sukamaju/skrip/index.html");
        var page = built.Page("kim-sukamaju/skrip/index.html");

        Assert.Single(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", html, StringComparison.Ordinal);
        Assert.Equal("Awas </script><script>alert(1)</script> & <!-- tautan palsu", JsonLd(page).RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public void Every_page_has_open_graph_and_twitter_tags_with_an_absolute_image()
    {
        using var site = MiniSite.Basic();
        var built = site.Build().AssertSucceeded();
        foreach (var path in built.Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = built.Page(path);
            foreach (var property in (string[])["og:title", "og:description", "og:url", "og:type", "og:image", "og:site_name", "og:locale"])
            {
                Assert.False(string.IsNullOrWhiteSpace(Meta(page, "property", property)), $"{path}: {property}");
            }

            foreach (var name in (string[])["twitter:card", "twitter:title", "twitter:description", "twitter:image"])
            {
                Assert.False(string.IsNullOrWhiteSpace(Meta(page, "name", name)), $"{path}: {name}");
            }

            Assert.StartsWith("https://kim.contohkab.go.id/", Meta(page, "property", "og:image"));
        }
    }

    [Fact]
    public void The_preview_image_is_the_cover_else_the_kim_logo_else_the_kabupaten_logo_else_the_theme_image()
    {
        using var site = MiniSite.Basic()
            .With("content/kim-sukamaju/posts/2024-05-01-sampul/index.md", """
                ---
                title: Tulisan dengan Sampul
                date: 2024-05-01
                summary: Ada fotonya.
                image: foto.png
                image_alt: Balai desa
                ---
                Isi.
                """)
            .WithBytes("content/kim-sukamaju/posts/2024-05-01-sampul/foto.png", Png)
            .With("content/kim-mekarsari/kim.yml", "name: KIM Mekar Sari\ndesa: Kersikan\nkecamatan: bangil\ncluster: klaster-selatan\nlogo: logo.png\n")
            .WithBytes("content/kim-mekarsari/logo.png", Png);
        var built = site.Build().AssertSucceeded();

        var cover = built.Page("kim-sukamaju/sampul/index.html");
        Assert.Equal("https://kim.contohkab.go.id/kim-sukamaju/sampul/foto.png", Meta(cover, "property", "og:image"));
        Assert.Equal("Balai desa", Meta(cover, "property", "og:image:alt"));
        Assert.Equal("summary_large_image", Meta(cover, "name", "twitter:card"));

        var withLogo = built.Page("kim-mekarsari/pasar-desa/index.html");
        Assert.Equal("https://kim.contohkab.go.id/kim-mekarsari/logo.png", Meta(withLogo, "property", "og:image"));
        Assert.Equal("summary", Meta(withLogo, "name", "twitter:card"));
        Assert.Equal(["https://kim.contohkab.go.id/kim-mekarsari/logo.png"], JsonLd(withLogo).RootElement.GetProperty("image").EnumerateArray().Select(i => i.GetString()));

        // No cover, no KIM logo, no kabupaten logo: the theme's own share image, which is published.
        var plain = built.Page("kim-sukamaju/kerja-bakti/index.html");
        Assert.Equal("https://kim.contohkab.go.id/assets/share.png", Meta(plain, "property", "og:image"));
        Assert.True(built.Has("assets/share.png"));
        Assert.Equal("https://kim.contohkab.go.id/assets/share.png", Meta(built.Page("index.html"), "property", "og:image"));

        // A kabupaten logo comes before the theme's image.
        using var withSiteLogo = MiniSite.Basic().With("site.yml", MiniSite.SiteYml + "\nlogo: logo.png\n").WithBytes("content/_kabupaten/logo.png", Png);
        var kabupaten = withSiteLogo.Build().AssertSucceeded();
        Assert.Equal("https://kim.contohkab.go.id/logo.png", Meta(kabupaten.Page("kim-sukamaju/kerja-bakti/index.html"), "property", "og:image"));
    }

    [Fact]
    public void Every_post_has_a_whatsapp_share_link_and_a_plain_link_to_copy_and_no_script()
    {
        using var site = MiniSite.Basic();
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/posyandu-aktif/index.html");

        var share = page.QuerySelector(".share a[href^='https://wa.me/?text=']")!.GetAttribute("href")!;
        Assert.Equal("Posyandu Balita Kalianyar Kembali Aktif https://kim.contohkab.go.id/kim-sukamaju/posyandu-aktif/", Uri.UnescapeDataString(share["https://wa.me/?text=".Length..]));
        var copy = page.QuerySelector(".share input#tautan")!;
        Assert.Equal("https://kim.contohkab.go.id/kim-sukamaju/posyandu-aktif/", copy.GetAttribute("value"));
        Assert.True(copy.HasAttribute("readonly"));
        Assert.NotNull(page.QuerySelector("label[for=tautan]"));
        Assert.All(page.QuerySelectorAll("script"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
        Assert.Empty(page.QuerySelectorAll("script[src], iframe, link[rel=preload], link[rel=stylesheet] + link[rel=stylesheet]"));
    }

    /// <summary>The smallest valid PNG (1×1).</summary>
    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static JsonDocument JsonLd(IDocument page)
    {
        var scripts = page.QuerySelectorAll("script[type='application/ld+json']");
        Assert.Single(scripts);
        return JsonDocument.Parse(scripts[0].TextContent);
    }

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelector($"meta[{attribute}='{name}']")?.GetAttribute("content");
}
