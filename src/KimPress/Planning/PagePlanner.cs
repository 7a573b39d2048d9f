using KimPress.Diagnostics;
using KimPress.Model;

namespace KimPress.Planning;

/// <summary>
/// The planning stage: decides every file the site consists of, from the model, before anything
/// is rendered. Two things that would land on the same output path are reported here, naming
/// both sources, instead of one silently overwriting the other.
/// </summary>
public static class PagePlanner
{
    /// <summary>Entries in each feed.</summary>
    public const int FeedSize = 20;

    /// <summary>Plans the whole site.</summary>
    public static SitePlan Plan(SiteModel model, DiagnosticBag diagnostics)
    {
        var pages = new List<PlannedPage>();
        var settings = model.Settings;
        const string config = "site.yml";

        AddPaged(pages, "", "home", config, model.Posts, settings.Pagination.Home, (f, page) => f.Home(page));
        pages.Add(new PlannedPage("kim/", "directory", config, f => f.Directory()));
        pages.Add(new PlannedPage("tag/", "list", config, f => f.TagIndex(null)));
        pages.Add(new PlannedPage("404.html", "404", config, f => f.NotFound(), InSitemap: false));
        foreach (var cluster in model.Clusters)
        {
            AddPaged(pages, cluster.Url, "cluster", config, cluster.Posts, settings.Pagination.Home, (f, page) => f.Cluster(cluster, page));
        }

        foreach (var kecamatan in model.Kecamatan)
        {
            AddPaged(pages, kecamatan.Url, "kecamatan", config, kecamatan.Posts, settings.Pagination.Home, (f, page) => f.Kecamatan(kecamatan, page));
        }

        foreach (var tag in model.Tags)
        {
            AddPaged(pages, $"tag/{tag.Slug}/", "tag", config, tag.Posts, settings.Pagination.Tag, (f, page) => f.Tag(tag, null, page));
        }

        foreach (var page in model.Pages)
        {
            pages.Add(new PlannedPage(page.Url, "page", page.Document.DisplayPath, f => f.StaticPage(page), Body: page.Document.Body.Hash));
        }

        foreach (var kim in model.Kims)
        {
            var profile = $"content/{kim.Slug}/kim.yml";
            AddPaged(pages, kim.Url, "kim", profile, kim.Posts, settings.Pagination.Kim, (f, page) => f.KimHome(kim, page));
            pages.Add(new PlannedPage(kim.ProfileUrl, "profile", profile, f => f.Profile(kim)));
            pages.Add(new PlannedPage($"{kim.Slug}/tag/", "list", profile, f => f.TagIndex(kim)));
            foreach (var tag in kim.Tags)
            {
                AddPaged(pages, $"{kim.Slug}/tag/{tag.Slug}/", "tag", profile, tag.Posts, settings.Pagination.Tag, (f, page) => f.Tag(tag, kim, page));
            }

            for (var i = 0; i < kim.Posts.Count; i++)
            {
                var post = kim.Posts[i];
                var newer = i > 0 ? kim.Posts[i - 1] : null;
                var older = i + 1 < kim.Posts.Count ? kim.Posts[i + 1] : null;
                pages.Add(new PlannedPage(post.Url, "post", post.Document.DisplayPath, f => f.Post(post, newer, older), LastModified: post.Updated ?? post.Date, Body: post.Document.Body.Hash));
            }

            foreach (var page in kim.Pages)
            {
                pages.Add(new PlannedPage(page.Url, "page", page.Document.DisplayPath, f => f.StaticPage(page), Body: page.Document.Body.Hash));
            }
        }

        var feeds = new List<PlannedFeed> { new("feed.xml", settings.Title, "", [.. model.Posts.Take(FeedSize)]) };
        feeds.AddRange(model.Kims.Select(k => new PlannedFeed($"{k.Slug}/feed.xml", $"{k.Profile.Name} — {settings.Title}", k.Url, [.. k.Posts.Take(FeedSize)])));

        var unique = RemoveCollisions(pages, model, diagnostics);
        return new SitePlan(unique, feeds, model.Assets);
    }

    private static void AddPaged(List<PlannedPage> pages, string first, string kind, string source, IReadOnlyList<Post> posts, int pageSize, Func<Rendering.ViewFactory, Paging, Rendering.PageView> view)
    {
        var total = Math.Max(1, (posts.Count + pageSize - 1) / pageSize);
        for (var number = 1; number <= total; number++)
        {
            var paging = new Paging(first, number, total, pageSize, posts);
            pages.Add(new PlannedPage(UrlPaths.Paged(first, number), kind, source, f => view(f, paging), LastModified: paging.Items.FirstOrDefault()?.Date));
        }
    }

    private static List<PlannedPage> RemoveCollisions(List<PlannedPage> pages, SiteModel model, DiagnosticBag diagnostics)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        var unique = new List<PlannedPage>(pages.Count);
        foreach (var page in pages)
        {
            if (Claim(byPath, page.OutputPath, page.UrlPath, page.Source, diagnostics))
            {
                unique.Add(page);
            }
        }

        foreach (var asset in model.Assets)
        {
            Claim(byPath, asset.OutputPath, asset.OutputPath, asset.DisplayPath, diagnostics);
        }

        return unique;
    }

    private static bool Claim(Dictionary<string, string> byPath, string outputPath, string url, string source, DiagnosticBag diagnostics)
    {
        // Case-insensitive file systems (a Windows or macOS checkout) would merge these too.
        var key = outputPath.ToLowerInvariant();
        if (byPath.TryAdd(key, source))
        {
            return true;
        }

        diagnostics.Report(DiagnosticCodes.DuplicateUrl, new SourceLocation(source), url, byPath[key]);
        return false;
    }
}

/// <summary>One page of a paginated list.</summary>
/// <param name="FirstUrl">The URL path of the list's first page.</param>
/// <param name="Number">This page's number, from 1.</param>
/// <param name="Total">How many pages the list has.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="All">The whole list.</param>
public sealed record Paging(string FirstUrl, int Number, int Total, int PageSize, IReadOnlyList<Post> All)
{
    /// <summary>The items on this page.</summary>
    public IEnumerable<Post> Items => All.Skip((Number - 1) * PageSize).Take(PageSize);

    /// <summary>This page's URL path.</summary>
    public string Url => UrlPaths.Paged(FirstUrl, Number);
}
