using System.Collections.Concurrent;
using System.Text;
using KimPress.Diagnostics;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Output;

/// <summary>
/// The render-and-write stage: renders each planned page with the theme and writes it at once,
/// so the site's HTML is never held in memory as a whole; then feeds, sitemap, robots.txt and
/// the copied files. Pages are independent, so they are rendered in parallel unless serial.
/// </summary>
public static class SiteWriter
{
    /// <summary>Writes everything in <paramref name="plan"/>; returns the number of files written.</summary>
    public static int Write(SitePlan plan, TemplateRenderer renderer, ViewFactory views, ThemeFiles theme, Configuration.SiteSettings settings, IOutputSink output, bool serial, DiagnosticBag diagnostics)
    {
        var count = 0;
        void RenderOne(PlannedPage page)
        {
            var html = renderer.Render(page.Kind, page.BuildView(views), diagnostics);
            if (html is not null && Guard(page.OutputPath, diagnostics, () => output.Write(page.OutputPath, Encoding.UTF8.GetBytes(html))))
            {
                Interlocked.Increment(ref count);
            }
        }

        if (serial)
        {
            foreach (var page in plan.Pages)
            {
                RenderOne(page);
            }
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(plan.Pages, EnumerablePartitionerOptions.NoBuffering), RenderOne);
        }

        foreach (var feed in plan.Feeds)
        {
            output.Write(feed.UrlPath, FeedWriter.Write(feed, views, settings));
            count++;
        }

        output.Write("sitemap.xml", SitemapWriter.Sitemap(plan.Pages, views));
        output.Write("robots.txt", SitemapWriter.Robots(views));
        count += 2;

        foreach (var asset in plan.Assets)
        {
            if (Guard(asset.DisplayPath, diagnostics, () => output.Copy(asset.FilePath, asset.OutputPath)))
            {
                count++;
            }
        }

        foreach (var name in theme.Names.Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            output.Write(name, theme.ReadBytes(name));
            count++;
        }

        return count;
    }

    /// <summary>Runs one file operation; a file system failure becomes a diagnostic for that file.</summary>
    private static bool Guard(string path, DiagnosticBag diagnostics, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(path), ex.Message);
            return false;
        }
    }
}
