using System.Xml.Linq;
using AngleSharp;
using AngleSharp.Dom;
using KimPress.Build;
using KimPress.Output;

namespace KimPress.Tests.EndToEnd;

/// <summary>Builds the repository's own demo kabupaten once and checks the whole output.</summary>
public sealed class DemoSiteFixture
{
    public DemoSiteFixture()
    {
        Root = FindRepositoryRoot();
        Output = new MemoryOutput();
        Result = SiteBuilder.Build(new BuildOptions { SourceDirectory = Root, Output = Output });
        var context = BrowsingContext.New(AngleSharp.Configuration.Default);
        Pages = Output.Files.Keys
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => p, p => context.OpenAsync(r => r.Content(Output.ReadText(p)!)).GetAwaiter().GetResult());
    }

    public string Root { get; }

    public MemoryOutput Output { get; }

    public BuildResult Result { get; }

    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KimPress.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KimPress.sln not found above " + AppContext.BaseDirectory);
    }
}

public sealed class DemoSiteTests(DemoSiteFixture demo) : IClassFixture<DemoSiteFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void The_demo_builds_without_errors_and_meets_the_brief()
    {
        Assert.True(demo.Result.Succeeded, string.Join("\n", demo.Result.Diagnostics));
        Assert.True(demo.Result.KimCount >= 12, $"{demo.Result.KimCount} KIMs");
        Assert.True(demo.Result.PostCount >= 80, $"{demo.Result.PostCount} posts");
        Assert.True(demo.Pages.Keys.Count(p => p.StartsWith("klaster/", StringComparison.Ordinal) && !p.Contains("/page/", StringComparison.Ordinal)) >= 3);
        Assert.True(demo.Pages.Keys.Count(p => p.StartsWith("kecamatan/", StringComparison.Ordinal) && !p.Contains("/page/", StringComparison.Ordinal)) >= 4);
        Assert.Contains(demo.Pages.Keys, p => System.Text.RegularExpressions.Regex.IsMatch(p, "^kim-[a-z-]+/page/2/index.html$"));
    }

    [Fact]
    public void Every_internal_href_and_src_resolves_to_an_output_file()
    {
        var broken = new List<string>();
        foreach (var (path, page) in demo.Pages)
        {
            foreach (var element in page.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)
                    || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                if (url.StartsWith('#'))
                {
                    if (url.Length > 1 && page.GetElementById(Uri.UnescapeDataString(url[1..])) is null)
                    {
                        broken.Add($"{path}: {url} (no such id)");
                    }

                    continue;
                }

                Assert.StartsWith("/", url);
                var target = Uri.UnescapeDataString(url.Split('#', '?')[0].TrimStart('/'));
                var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                if (!demo.Output.Files.ContainsKey(file))
                {
                    broken.Add($"{path}: {url}");
                }
            }
        }

        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(50)));
    }

    [Fact]
    public void Every_post_appears_on_its_kim_blog_its_tags_and_its_cluster()
    {
        var posts = demo.Pages.Where(p => p.Value.Body!.ClassList.Contains("kind-post")).ToList();
        Assert.True(posts.Count >= 80);
        foreach (var (path, page) in posts)
        {
            var url = "/" + path[..^"index.html".Length];
            var kim = path[..path.IndexOf('/', StringComparison.Ordinal)];
            Assert.True(ListedOn(url, $"{kim}/"), $"{url} is not on its KIM's blog");

            foreach (var tag in page.QuerySelectorAll(".post footer .tags a"))
            {
                var tagPath = tag.GetAttribute("href")!.TrimStart('/');
                Assert.True(ListedOn(url, tagPath), $"{url} is not on {tagPath}");
                var kimTagPath = $"{kim}/" + tagPath;
                Assert.True(ListedOn(url, kimTagPath), $"{url} is not on {kimTagPath}");
            }

            var cluster = page.QuerySelectorAll(".crumbs a").Select(a => a.GetAttribute("href")!).Single(h => h.StartsWith("/klaster/", StringComparison.Ordinal));
            Assert.True(ListedOn(url, cluster.TrimStart('/')), $"{url} is not on {cluster}");
        }
    }

    [Fact]
    public void The_kabupaten_feed_is_valid_atom_with_the_20_newest_posts()
    {
        var feed = XDocument.Parse(demo.Output.ReadText("feed.xml")!);
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(Atom + "feed", feed.Root.Name);
        Assert.Equal(20, entries.Count);
        Assert.NotNull(feed.Root.Element(Atom + "id"));
        Assert.NotNull(feed.Root.Element(Atom + "updated"));
        Assert.Contains(feed.Root.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");

        var home = demo.Pages["index.html"].QuerySelectorAll("article.card h3 a").Select(a => "https://kim.giriwangikab.go.id" + a.GetAttribute("href")).ToList();
        var ids = entries.Select(e => (string)e.Element(Atom + "id")!).ToList();
        Assert.Equal(home.Take(20), ids);
        foreach (var entry in entries)
        {
            Assert.StartsWith("https://", (string)entry.Element(Atom + "id")!);
            Assert.NotNull(entry.Element(Atom + "title"));
            Assert.NotNull(entry.Element(Atom + "updated"));
            Assert.True(DateTimeOffset.TryParse((string)entry.Element(Atom + "updated")!, System.Globalization.CultureInfo.InvariantCulture, out _));
        }

        var dates = entries.Select(e => DateTimeOffset.Parse((string)e.Element(Atom + "published")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    [Fact]
    public void Every_kim_feed_is_well_formed_atom()
    {
        var feeds = demo.Output.Files.Keys.Where(k => k.EndsWith("/feed.xml", StringComparison.Ordinal)).ToList();
        Assert.True(feeds.Count >= 12);
        foreach (var path in feeds)
        {
            var feed = XDocument.Parse(demo.Output.ReadText(path)!);
            Assert.Equal(Atom + "feed", feed.Root!.Name);
            Assert.InRange(feed.Root.Elements(Atom + "entry").Count(), 1, 20);
        }
    }

    [Fact]
    public void The_sitemap_lists_every_page_but_the_404()
    {
        var sitemap = XDocument.Parse(demo.Output.ReadText("sitemap.xml")!);
        var listed = sitemap.Root!.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToHashSet();
        var pages = demo.Pages.Keys.Where(p => p != "404.html")
            .Select(p => "https://kim.giriwangikab.go.id/" + p[..^"index.html".Length])
            .ToHashSet();
        Assert.Equal(pages.Order(), listed.Order());
    }

    [Fact]
    public void Every_page_has_a_title_description_canonical_and_one_h1()
    {
        foreach (var (path, page) in demo.Pages)
        {
            Assert.False(string.IsNullOrWhiteSpace(page.Title), path);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), path);
            Assert.NotNull(page.QuerySelector("link[rel=canonical]"));
            Assert.Single(page.QuerySelectorAll("h1"));
        }
    }

    [Fact]
    public void Building_twice_gives_byte_identical_output_serial_or_parallel()
    {
        var serial = new MemoryOutput();
        SiteBuilder.Build(new BuildOptions { SourceDirectory = demo.Root, Output = serial, Serial = true, UseCache = false });
        Assert.Equal(demo.Output.Files.Keys.Order(), serial.Files.Keys.Order());
        foreach (var (path, bytes) in demo.Output.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(serial.Files[path]), $"{path} differs");
        }
    }

    [Fact]
    public void The_demo_keeps_its_three_intentional_warnings_and_no_page_is_over_budget()
    {
        Assert.Equal(["KP0302", "KP0302", "KP0302"], demo.Result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Every_post_page_weighs_at_most_30_kb_of_html_and_css()
    {
        var css = demo.Output.Files["assets/style.css"].Length;
        var posts = demo.Pages.Where(p => p.Value.Body!.ClassList.Contains("kind-post")).Select(p => (p.Key, Bytes: demo.Output.Files[p.Key].Length + css)).ToList();

        Assert.True(posts.Count >= 80);
        var heaviest = posts.MaxBy(p => p.Bytes);
        Assert.True(heaviest.Bytes <= 30_000, $"{heaviest.Key}: {heaviest.Bytes} bytes with the stylesheet");
        Assert.DoesNotContain(demo.Pages.Keys, p => demo.Output.ReadText(p)!.Contains("@font-face", StringComparison.Ordinal));
        Assert.DoesNotContain("@font-face", demo.Output.ReadText("assets/style.css")!, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", demo.Output.ReadText("assets/style.css")!, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_shares_well_and_every_post_has_json_ld_and_a_whatsapp_link()
    {
        var claimReviews = 0;
        foreach (var (path, page) in demo.Pages)
        {
            foreach (var property in (string[])["og:title", "og:description", "og:url", "og:image"])
            {
                Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), $"{path}: {property}");
            }

            Assert.StartsWith("https://kim.giriwangikab.go.id/", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
            Assert.NotNull(page.QuerySelector("meta[name='twitter:card']"));
            if (!page.Body!.ClassList.Contains("kind-post"))
            {
                Assert.Empty(page.QuerySelectorAll("script"));
                continue;
            }

            var script = Assert.Single(page.QuerySelectorAll("script"));
            Assert.Equal("application/ld+json", script.GetAttribute("type"));
            using var json = System.Text.Json.JsonDocument.Parse(script.TextContent);
            var nodes = json.RootElement.TryGetProperty("@graph", out var graph) ? [.. graph.EnumerateArray()] : new[] { json.RootElement };
            Assert.Contains(nodes[0].GetProperty("@type").GetString(), (string[])["NewsArticle", "BlogPosting"]);
            Assert.Equal("Organization", nodes[0].GetProperty("publisher").GetProperty("@type").GetString());
            var isHoax = page.QuerySelector(".post .cat-klarifikasi-hoaks") is not null;
            Assert.Equal(isHoax ? 1 : 0, nodes.Count(n => n.GetProperty("@type").GetString() == "ClaimReview"));
            claimReviews += isHoax ? 1 : 0;
            Assert.NotNull(page.QuerySelector(".share a[href^='https://wa.me/?text=']"));
            Assert.NotNull(page.QuerySelector(".share input[readonly]"));
        }

        Assert.True(claimReviews >= 5, $"{claimReviews} hoax clarifications");
    }

    [Fact]
    public void Every_feed_follows_the_atom_spec()
    {
        var feeds = demo.Output.Files.Keys.Where(k => k.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        var problems = new List<string>();
        foreach (var path in feeds)
        {
            var feed = XDocument.Parse(demo.Output.ReadText(path)!).Root!;
            void Check(bool ok, string what)
            {
                if (!ok)
                {
                    problems.Add($"{path}: {what}");
                }
            }

            Check(feed.Name == Atom + "feed", "root is not atom:feed");
            Check(IsAbsolute((string?)feed.Element(Atom + "id")), "feed id is not an absolute IRI");
            Check(!string.IsNullOrWhiteSpace((string?)feed.Element(Atom + "title")), "no feed title");
            Check(IsRfc3339((string?)feed.Element(Atom + "updated")), "feed updated is not RFC 3339");
            Check((string?)feed.Elements(Atom + "link").SingleOrDefault(l => (string?)l.Attribute("rel") == "self")?.Attribute("href") == "https://kim.giriwangikab.go.id/" + path, "self link is not the feed's URL");
            var feedAuthor = feed.Element(Atom + "author")?.Element(Atom + "name") is { Value.Length: > 0 };
            var entries = feed.Elements(Atom + "entry").ToList();
            Check(entries.Count > 0, "no entries");
            Check(entries.Select(e => (string?)e.Element(Atom + "id")).Distinct().Count() == entries.Count, "entry ids are not unique");
            foreach (var entry in entries)
            {
                var id = (string?)entry.Element(Atom + "id");
                Check(IsAbsolute(id), $"entry id {id} is not an absolute IRI");
                Check(!string.IsNullOrWhiteSpace((string?)entry.Element(Atom + "title")), $"{id}: no title");
                Check(IsRfc3339((string?)entry.Element(Atom + "updated")), $"{id}: updated is not RFC 3339");
                Check(IsRfc3339((string?)entry.Element(Atom + "published")), $"{id}: published is not RFC 3339");
                Check(entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate" && IsAbsolute((string?)l.Attribute("href"))), $"{id}: no alternate link");
                Check(feedAuthor || entry.Element(Atom + "author")?.Element(Atom + "name") is { Value.Length: > 0 }, $"{id}: no author");
                Check(entry.Element(Atom + "content") is null || (string?)entry.Element(Atom + "content")!.Attribute("type") is "html" or "text" or "xhtml", $"{id}: content type");
            }
        }

        Assert.True(feeds.Count >= 15);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_sitemap_follows_the_sitemaps_protocol()
    {
        var text = demo.Output.ReadText("sitemap.xml")!;
        var sitemap = XDocument.Parse(text);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Sitemap + "urlset", sitemap.Root!.Name);
        var urls = sitemap.Root.Elements().ToList();
        Assert.All(urls, u => Assert.Equal(Sitemap + "url", u.Name));
        Assert.InRange(urls.Count, 1, 50_000);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(text) <= 50 * 1024 * 1024);
        var locs = urls.Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        Assert.Equal(locs.Count, locs.Distinct().Count());
        Assert.All(locs, loc => Assert.True(loc.StartsWith("https://kim.giriwangikab.go.id/", StringComparison.Ordinal) && loc.Length <= 2048 && IsAbsolute(loc), loc));
        var lastmods = urls.Select(u => (string?)u.Element(Sitemap + "lastmod")).Where(l => l is not null).ToList();
        Assert.NotEmpty(lastmods);
        Assert.All(lastmods, l => Assert.True(IsRfc3339(l), l));
        Assert.Contains("Sitemap: https://kim.giriwangikab.go.id/sitemap.xml", demo.Output.ReadText("robots.txt")!, StringComparison.Ordinal);
    }

    private static bool IsAbsolute(string? iri) => Uri.TryCreate(iri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    // RFC 3339 date-time (Atom §3.3, and the W3C datetime profile the sitemap protocol uses):
    // a full date, "T", a time with seconds, and "Z" or a numeric offset.
    private static bool IsRfc3339(string? text) =>
        text is not null
        && System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
        && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    private bool ListedOn(string postUrl, string firstPage)
    {
        for (var number = 1; ; number++)
        {
            var path = (number == 1 ? firstPage : $"{firstPage}page/{number}/") + "index.html";
            if (!demo.Pages.TryGetValue(path, out var page))
            {
                return false;
            }

            if (page.QuerySelectorAll("article.card h3 a").Any(a => a.GetAttribute("href") == postUrl))
            {
                return true;
            }
        }
    }
}
