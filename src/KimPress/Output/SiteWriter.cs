using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using KimPress.Caching;
using KimPress.Diagnostics;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Output;

/// <summary>How many files a build output, how many pages it rendered, and how many files it reused unchanged from the previous build.</summary>
/// <param name="Files">Files in the output.</param>
/// <param name="Rendered">Pages rendered with a template.</param>
/// <param name="Reused">Files taken unchanged from the previous build.</param>
/// <param name="Unexamined">Pages among <paramref name="Reused"/> taken without even building their view (the structure was unchanged).</param>
public sealed record WriteCounts(int Files, int Rendered, int Reused, int Unexamined = 0)
{
    /// <summary>Per kind of page: how many there were and the time spent on them, summed over threads.</summary>
    public IReadOnlyList<PageKindTiming> Kinds { get; init; } = [];
}

/// <summary>The pages of one kind in a build and the time they took (view, key, render and write), summed over threads.</summary>
/// <param name="Kind">The template kind ("post", "tag", …).</param>
/// <param name="Pages">How many pages of this kind.</param>
/// <param name="Elapsed">Their time, summed over the threads that made them.</param>
public sealed record PageKindTiming(string Kind, int Pages, TimeSpan Elapsed);

/// <summary>
/// The render-and-write stage. Each planned page gets a key (a hash of its view); when the
/// previous build's file at that path had the same key, it is reused as it is, without
/// rendering. Otherwise the page is rendered and written at once, so the site's HTML is never
/// held in memory as a whole — unless the bytes equal the previous file's, which is then reused,
/// keeping its modification time for rsync. Pages are independent and rendered in parallel
/// unless serial. Then feeds, sitemap, robots.txt and the copied files, the same way. Every page
/// is weighed against site.yml's budget (its HTML plus the stylesheet), reused or not.
/// </summary>
public static class SiteWriter
{
    /// <summary>Writes everything in <paramref name="plan"/>.</summary>
    public static WriteCounts Write(SitePlan plan, TemplateRenderer renderer, ViewFactory views, Configuration.SiteSettings settings, BuildCache cache, IOutputSink output, bool serial, DiagnosticBag diagnostics)
    {
        int files = 0, rendered = 0, reused = 0, unexamined = 0;
        var budget = new PageBudget(settings, renderer.Files, views);

        // Returns the file's length, or null when it was not written.
        long? Emit(string path, UInt128 key, Produce produce, UInt128 body = default)
        {
            if (cache.TryGetOutput(path, out var previous) && previous.Key == key && Guard(path, diagnostics, () => output.TryReuse(path)))
            {
                cache.PutOutput(path, previous);
                Interlocked.Increment(ref reused);
                Interlocked.Increment(ref files);
                return previous.Length;
            }

            if (!produce(out var bytes))
            {
                return null;
            }

            var hash = XxHash128.HashToUInt128(bytes);
            if (previous is not null && previous.Hash == hash && Guard(path, diagnostics, () => output.TryReuse(path)))
            {
                Interlocked.Increment(ref reused);
            }
            else if (!TryWrite(output, path, bytes, diagnostics))
            {
                return null;
            }

            cache.PutOutput(path, new OutputEntry(key, hash, bytes.Length, body));
            Interlocked.Increment(ref files);
            return bytes.Length;
        }

        // Same structure as the previous build: a page is what that build wrote, unless it shows a
        // body that changed since — no view to build or hash for all the others.
        var structureUnchanged = cache.StructureUnchanged;

        // For --timings: where render+write's time goes, by kind of page.
        var kinds = plan.Pages.Select(p => p.Kind).Distinct().Order(StringComparer.Ordinal).ToArray();
        var kindIndex = kinds.Select((kind, i) => (kind, i)).ToDictionary(k => k.kind, k => k.i, StringComparer.Ordinal);
        var kindPages = new int[kinds.Length];
        var kindTicks = new long[kinds.Length];

        void RenderOne(PlannedPage page)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            RenderOrReuse(page);
            var kind = kindIndex[page.Kind];
            Interlocked.Increment(ref kindPages[kind]);
            Interlocked.Add(ref kindTicks[kind], System.Diagnostics.Stopwatch.GetTimestamp() - started);
        }

        void RenderOrReuse(PlannedPage page)
        {
            long? length;
            if (structureUnchanged && cache.TryGetOutput(page.OutputPath, out var previous) && previous.Body == page.Body
                && Guard(page.OutputPath, diagnostics, () => output.TryReuse(page.OutputPath)))
            {
                cache.PutOutput(page.OutputPath, previous);
                Interlocked.Increment(ref reused);
                Interlocked.Increment(ref unexamined);
                Interlocked.Increment(ref files);
                length = previous.Length;
            }
            else
            {
                var view = page.BuildView(views);
                length = Emit(page.OutputPath, ViewHasher.Key(page.Kind, view), (out ReadOnlySpan<byte> html) =>
                {
                    Interlocked.Increment(ref rendered);
                    return renderer.TryRender(page.Kind, view, diagnostics, out html);
                }, page.Body);
            }

            if (length is { } htmlBytes)
            {
                budget.Check(page, htmlBytes, diagnostics);
            }
        }

        if (serial || plan.Pages.Count < 2)
        {
            foreach (var page in plan.Pages)
            {
                RenderOne(page);
            }
        }
        else
        {
            // Chunks of pages per task: a page that is only re-keyed takes microseconds, and handing
            // pages out one by one would cost more than that.
            Parallel.ForEach(Partitioner.Create(0, plan.Pages.Count, 64), Build.Cores.OnePerCore, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    RenderOne(plan.Pages[i]);
                }
            });
        }

        // Small, or cheaper to regenerate than to key: their bytes are their key.
        void EmitBytes(string path, ReadOnlyMemory<byte> bytes) => Emit(path, XxHash128.HashToUInt128(bytes.Span), (out ReadOnlySpan<byte> b) =>
        {
            b = bytes.Span;
            return true;
        });

        // A feed holds whole bodies (one per KIM, cluster and kecamatan, and the kabupaten's):
        // as independent as pages, and as worth spreading over the cores.
        void EmitFeed(PlannedFeed feed) => Emit(feed.UrlPath, FeedWriter.Key(feed), (out ReadOnlySpan<byte> bytes) =>
        {
            bytes = FeedWriter.Write(feed, views, settings, cache.Bodies);
            return true;
        });

        if (serial)
        {
            foreach (var feed in plan.Feeds)
            {
                EmitFeed(feed);
            }
        }
        else
        {
            Parallel.ForEach(plan.Feeds, Build.Cores.OnePerCore, EmitFeed);
        }

        EmitBytes("sitemap.xml", SitemapWriter.Sitemap(plan.Pages, views));
        EmitBytes("robots.txt", SitemapWriter.Robots(views));
        foreach (var name in renderer.Files.Names.Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            EmitBytes(name, renderer.Files.ReadBytes(name)!);
        }

        foreach (var asset in plan.Assets)
        {
            byte[]? bytes = null;
            if (Guard(asset.DisplayPath, diagnostics, () => { bytes = File.ReadAllBytes(asset.FilePath); return true; }))
            {
                EmitBytes(asset.OutputPath, bytes!);
            }
        }

        return new WriteCounts(files, rendered, reused, unexamined)
        {
            Kinds = [.. kinds.Select((kind, i) => new PageKindTiming(kind, kindPages[i], System.Diagnostics.Stopwatch.GetElapsedTime(0, kindTicks[i])))],
        };
    }

    /// <summary>Makes a file's bytes; false when it cannot (the reason is already reported).</summary>
    private delegate bool Produce(out ReadOnlySpan<byte> bytes);

    /// <summary>Writes one file; a file system failure becomes a diagnostic for that file.</summary>
    private static bool TryWrite(IOutputSink output, string path, ReadOnlySpan<byte> bytes, DiagnosticBag diagnostics)
    {
        try
        {
            output.Write(path, bytes);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(path), ex.Message);
            return false;
        }
    }

    /// <summary>Runs one file operation; a file system failure becomes a diagnostic for that file.</summary>
    private static bool Guard(string path, DiagnosticBag diagnostics, Func<bool> operation)
    {
        try
        {
            return operation();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(path), ex.Message);
            return false;
        }
    }
}
