using System.Collections.Concurrent;
using KimPress.Diagnostics;
using KimPress.Markdown;
using KimPress.PostProcessing;

namespace KimPress.Content;

/// <summary>
/// The parse stage: reads every kim.yml, post and page found by discovery. Files are
/// independent, so they are parsed in parallel (unless <c>serial</c>); results are put back in
/// discovery order so the output does not depend on thread timing.
/// </summary>
public static class ContentParser
{
    /// <summary>Parses everything in <paramref name="inventory"/> with the site's base path, limits and embed allowlist.</summary>
    public static ParsedContent Parse(ContentInventory inventory, string siteRoot, Configuration.SiteSettings settings, bool serial, DiagnosticBag diagnostics)
    {
        var links = new LinkResolver(settings.BasePath, PublishedPaths(inventory));
        var reader = new PostReader(new MarkdownRenderer(links, new HtmlSanitizing(settings.Embeds), settings.Limits), links, settings.Limits);

        var jobs = new List<Func<object?>>();
        foreach (var kim in inventory.Kims)
        {
            var kimFolder = kim;
            var display = Path.GetRelativePath(siteRoot, Path.Combine(kim.Directory, "kim.yml")).Replace('\\', '/');
            jobs.Add(() => KimProfileReader.Read(kimFolder, display, links, settings.Limits, diagnostics));
            jobs.AddRange(kim.Posts.Select(p => (Func<object?>)(() => reader.ReadPost(p, kimFolder.Directory, diagnostics))));
            jobs.AddRange(kim.Pages.Select(p => (Func<object?>)(() => reader.ReadPage(p, kimFolder.Directory, diagnostics))));
        }

        jobs.AddRange(inventory.Kabupaten.Pages.Select(p => (Func<object?>)(() => reader.ReadPage(p, inventory.Kabupaten.Directory, diagnostics))));

        var results = new object?[jobs.Count];
        if (serial)
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                results[i] = jobs[i]();
            }
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, jobs.Count, 16), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = jobs[i]();
                }
            });
        }

        var index = 0;
        var kims = new List<ParsedKim>();
        foreach (var kim in inventory.Kims)
        {
            var profile = (KimProfile?)results[index++];
            var posts = Take(results, ref index, kim.Posts.Count);
            var pages = Take(results, ref index, kim.Pages.Count);
            var display = Path.GetRelativePath(siteRoot, Path.Combine(kim.Directory, "kim.yml")).Replace('\\', '/');
            kims.Add(new ParsedKim(kim, display, profile, posts, pages));
        }

        var kabupatenPages = Take(results, ref index, inventory.Kabupaten.Pages.Count);
        return new ParsedContent(kims, kabupatenPages, [.. inventory.AllAssets]);
    }

    private static List<PostDocument> Take(object?[] results, ref int index, int count)
    {
        var documents = results.Skip(index).Take(count).OfType<PostDocument>().ToList();
        index += count;
        return documents;
    }

    /// <summary>Every source file that is published, with its URL path: files, posts and pages.</summary>
    private static Dictionary<string, string> PublishedPaths(ContentInventory inventory)
    {
        var published = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in inventory.AllAssets)
        {
            published[Path.GetFullPath(asset.FilePath)] = asset.OutputPath;
        }

        foreach (var kim in inventory.Kims)
        {
            foreach (var post in kim.Posts)
            {
                published[Path.GetFullPath(post.FilePath)] = $"{kim.Slug}/{post.Slug}/";
            }

            foreach (var page in kim.Pages)
            {
                published[Path.GetFullPath(page.FilePath)] = $"{kim.Slug}/{page.Slug}/";
            }
        }

        foreach (var page in inventory.Kabupaten.Pages)
        {
            published[Path.GetFullPath(page.FilePath)] = $"{page.Slug}/";
        }

        return published;
    }
}
