using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

public sealed class PublishingRulesTests
{
    private static MiniSite WithDraftAndFuture() => MiniSite.Basic()
        .With("content/kim-sukamaju/posts/2024-05-30-draf.md", "---\ntitle: Masih Draf\nsummary: s\ndraft: true\n---\nx\n")
        .With("content/kim-sukamaju/posts/2024-07-01-besok.md", "---\ntitle: Tulisan Bulan Depan\nsummary: s\n---\nx\n");

    [Fact]
    public void Drafts_and_future_posts_are_left_out_by_default()
    {
        using var site = WithDraftAndFuture();
        var built = site.Build().AssertSucceeded();

        Assert.False(built.Has("kim-sukamaju/draf/index.html"));
        Assert.False(built.Has("kim-sukamaju/besok/index.html"));
        Assert.DoesNotContain("Masih Draf", built.Text("feed.xml"));
        Assert.DoesNotContain("besok", built.Text("sitemap.xml"));
    }

    [Fact]
    public void Drafts_and_future_posts_are_published_with_the_flags_and_marked()
    {
        using var site = WithDraftAndFuture();
        var built = site.Build(o => o with { IncludeDrafts = true, IncludeFuture = true }).AssertSucceeded();

        Assert.Equal("Draf", built.Page("kim-sukamaju/draf/index.html").QuerySelector(".post .flag")!.TextContent);
        Assert.Equal("Terjadwal", built.Page("kim-sukamaju/besok/index.html").QuerySelector(".post .flag")!.TextContent);
    }

    [Fact]
    public void Future_is_judged_in_the_sites_time_zone_not_utc()
    {
        // 07:30 WIB on 1 June is 00:30 UTC; the build runs at 00:45 UTC, i.e. 07:45 WIB.
        // Read as UTC, the post would be seven hours in the future and vanish.
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-06-01-pagi.md", "---\ntitle: Kabar Pagi\ndate: 2024-06-01 07:30\nsummary: s\n---\nx\n");
        var built = site.Build(o => o with { Now = new DateTimeOffset(2024, 6, 1, 0, 45, 0, TimeSpan.Zero) }).AssertSucceeded();

        Assert.True(built.Has("kim-sukamaju/pagi/index.html"));
    }

    [Fact]
    public void A_post_later_today_in_the_sites_zone_is_still_future()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-06-01-sore.md", "---\ntitle: Kabar Sore\ndate: 2024-06-01 16:00\nsummary: s\n---\nx\n");
        var built = site.Build(o => o with { Now = new DateTimeOffset(2024, 6, 1, 0, 45, 0, TimeSpan.Zero) }).AssertSucceeded();

        Assert.False(built.Has("kim-sukamaju/sore/index.html"));
    }

    [Fact]
    public void Wita_sites_use_their_own_zone()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("Asia/Jakarta", "Asia/Makassar"));
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/posyandu-aktif/index.html");

        Assert.Equal("Jumat, 1 Maret 2024, 08.30 WITA", page.QuerySelector("article time")!.TextContent);
        Assert.Equal("2024-03-01T08:30:00+08:00", page.QuerySelector("article time")!.GetAttribute("datetime"));
    }

    [Fact]
    public void Pagination_splits_the_kim_blog()
    {
        using var site = MiniSite.Basic();
        for (var day = 1; day <= 12; day++)
        {
            site.With($"content/kim-mekarsari/posts/2024-01-{day:00}-kabar-{day}.md", $"---\ntitle: Kabar {day}\nsummary: s\n---\nx\n");
        }

        var built = site.Build().AssertSucceeded();
        var first = built.Page("kim-mekarsari/index.html");
        var second = built.Page("kim-mekarsari/page/2/index.html");

        Assert.Equal(10, first.QuerySelectorAll("article.card").Length);
        Assert.Equal(3, second.QuerySelectorAll("article.card").Length);
        Assert.Equal("/kim-mekarsari/page/2/", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/kim-mekarsari/", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.False(built.Has("kim-mekarsari/page/3/index.html"));
    }

    [Fact]
    public void Long_lists_show_a_window_of_page_numbers()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("kim: 10", "kim: 2", StringComparison.Ordinal));
        for (var day = 1; day <= 28; day++)
        {
            site.With($"content/kim-mekarsari/posts/2024-02-{day:00}-kabar-{day}.md", $"---\ntitle: Kabar {day}\nsummary: s\n---\nx\n");
        }

        var page = site.Build().AssertSucceeded().Page("kim-mekarsari/page/8/index.html");
        var items = page.QuerySelectorAll(".pagination li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(["‹ Sebelumnya", "1", "…", "6", "7", "8", "9", "10", "…", "15", "Berikutnya ›"], items);
        Assert.Equal("8", page.QuerySelector(".pagination a[aria-current=page]")!.TextContent);
    }

    [Fact]
    public void Base_url_with_a_sub_path_prefixes_every_link()
    {
        using var site = MiniSite.Basic();
        var built = site.Build(o => o with { BaseUrl = "https://contoh.github.io/kim-contoh/" }).AssertSucceeded();
        var page = built.Page("kim-sukamaju/posyandu-aktif/index.html");

        var links = page.QuerySelectorAll("[href], [src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .Where(u => !u.StartsWith("http", StringComparison.Ordinal) && !u.StartsWith("mailto:", StringComparison.Ordinal) && !u.StartsWith('#'))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, u => Assert.StartsWith("/kim-contoh/", u));
        Assert.Contains("https://contoh.github.io/kim-contoh/kim-sukamaju/posyandu-aktif/", built.Text("feed.xml"));
    }

    [Fact]
    public void English_sites_get_english_dates_and_labels()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("language: id", "language: en"));
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/posyandu-aktif/index.html");

        Assert.Equal("Friday, 1 March 2024, 08:30 WIB", page.QuerySelector("article time")!.TextContent);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Share on WhatsApp", page.Body!.TextContent);
    }

    [Fact]
    public void A_cached_site_wide_partial_cannot_read_page_data()
    {
        using var site = MiniSite.Basic().With("layouts/partials/site-header.html", "<header>{{ page.title }}</header>");
        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.Contains(built.Result.Diagnostics, d => d.Code == "KP0401" && d.Location.Path == "layouts/partials/site-header.html");
    }

    [Fact]
    public void A_site_layout_overrides_the_themes_template()
    {
        using var site = MiniSite.Basic().With("layouts/404.html", "<p class=\"custom\">{{ page.title }} (tema sendiri)</p>");
        var page = site.Build().AssertSucceeded().Page("404.html");

        Assert.Equal("Halaman tidak ditemukan (tema sendiri)", page.QuerySelector(".custom")!.TextContent);
        Assert.NotNull(page.QuerySelector("header.site-header"));
    }
}
