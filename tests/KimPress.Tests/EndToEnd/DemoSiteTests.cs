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
