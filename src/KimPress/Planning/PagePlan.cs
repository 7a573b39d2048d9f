using KimPress.Rendering;

namespace KimPress.Planning;

/// <summary>One HTML page to write: where, with which template, and how to build its view.</summary>
/// <param name="UrlPath">The page's URL path relative to the site root ("" for the home page, "kim-a/" for a folder).</param>
/// <param name="Kind">The template kind (home, post, …).</param>
/// <param name="Source">What the page comes from, for collision messages (a file or "site.yml").</param>
/// <param name="BuildView">Builds the view when the page is rendered, so views are not all held at once.</param>
/// <param name="InSitemap">False for pages search engines should not list (404).</param>
/// <param name="LastModified">For the sitemap: the newest date shown on the page.</param>
/// <param name="Body">The hash of the post or page body the page shows; 0 when it shows none.</param>
public sealed record PlannedPage(string UrlPath, string Kind, string Source, Func<ViewFactory, PageView> BuildView, bool InSitemap = true, DateTimeOffset? LastModified = null, UInt128 Body = default)
{
    /// <summary>The file to write, relative to the output folder (one string, kept by the cache and the output alike).</summary>
    public string OutputPath { get; } = UrlPaths.ToFilePath(UrlPath);
}

/// <summary>An Atom feed to write.</summary>
/// <param name="UrlPath">Where the feed is published.</param>
/// <param name="Title">The feed's title.</param>
/// <param name="AlternateUrlPath">The HTML page the feed belongs to.</param>
/// <param name="Posts">The newest posts, at most 20, newest first.</param>
public sealed record PlannedFeed(string UrlPath, string Title, string AlternateUrlPath, IReadOnlyList<Model.Post> Posts);

/// <summary>Everything a build writes: pages, feeds and copied files.</summary>
public sealed record SitePlan(IReadOnlyList<PlannedPage> Pages, IReadOnlyList<PlannedFeed> Feeds, IReadOnlyList<Content.AssetFile> Assets);

/// <summary>URL path helpers: site-relative paths such as "kim-a/post/" and the files behind them.</summary>
public static class UrlPaths
{
    /// <summary>"" → "index.html"; "a/b/" → "a/b/index.html"; "feed.xml" → "feed.xml".</summary>
    public static string ToFilePath(string urlPath) =>
        urlPath.Length == 0 || urlPath.EndsWith('/') ? urlPath + "index.html" : urlPath;

    /// <summary>The URL path of page <paramref name="number"/> of a list whose first page is <paramref name="first"/>.</summary>
    public static string Paged(string first, int number) => number <= 1 ? first : $"{first}page/{number}/";
}
