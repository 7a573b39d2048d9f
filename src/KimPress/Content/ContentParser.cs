using System.Collections.Concurrent;
using System.IO.Hashing;
using KimPress.Caching;
using KimPress.Diagnostics;
using KimPress.Markdown;
using KimPress.PostProcessing;

namespace KimPress.Content;

/// <summary>
/// The parse stage: reads every kim.yml, post and page found by discovery. Files are
/// independent, so they are parsed in parallel (unless <c>serial</c>); results are put back in
/// discovery order so the output does not depend on thread timing. A post whose bytes and link
/// targets are unchanged since the last build is taken from the <see cref="BuildCache"/>.
/// </summary>
public static class ContentParser
{
    // One read buffer per thread, reused file after file: the bytes are only hashed and parsed.
    [ThreadStatic]
    private static byte[]? t_source;

    /// <summary>Parses everything in <paramref name="inventory"/> with the site's base path, limits and embed allowlist.</summary>
    /// <param name="inventory">What discovery found.</param>
    /// <param name="siteRoot">The site folder.</param>
    /// <param name="settings">site.yml.</param>
    /// <param name="serial">Parse on one thread.</param>
    /// <param name="cache">Parse results of the previous build.</param>
    /// <param name="diagnostics">Where problems go.</param>
    /// <param name="knownUnchanged">
    /// For kimpress serve, which is told by a file watcher what changed: true for a file known not
    /// to have changed since the previous build, whose cached result is then used without reading
    /// it. Null (every build from the command line): every file is read and its hash compared.
    /// </param>
    public static ParsedContent Parse(ContentInventory inventory, string siteRoot, Configuration.SiteSettings settings, bool serial, BuildCache cache, DiagnosticBag diagnostics, Func<string, bool>? knownUnchanged = null)
    {
        var links = new LinkResolver(settings.BasePath, PublishedPaths(inventory), siteRoot);
        var reader = new PostReader(new MarkdownRenderer(links, new HtmlSanitizing(settings.Embeds), settings.Limits), links, settings.Limits, cache.Bodies);
        var maxBytes = settings.Limits.MaxFileKb * 1024;
        var filesRead = 0;

        var jobs = new List<Func<DiagnosticBag, object?>>();

        // The file each job will read, for the read-ahead: only files the cache holds no parse of
        // (those it does are most likely unchanged and not read at all).
        var reads = new List<string?>();
        foreach (var kim in inventory.Kims)
        {
            var kimFolder = kim;
            jobs.Add(bag => KimProfileReader.Read(kimFolder, kimFolder.ProfileDisplayPath, links, settings.Limits, bag));
            reads.Add(null);
            AddDocuments(kim.Posts.Select(p => (p.FilePath, p.DisplayPath, p.Slug, (DateOnly?)p.FileDate)), kimFolder.Directory);
            AddDocuments(kim.Pages.Select(p => (p.FilePath, p.DisplayPath, p.Slug, (DateOnly?)null)), kimFolder.Directory);
        }

        AddDocuments(inventory.Kabupaten.Pages.Select(p => (p.FilePath, p.DisplayPath, p.Slug, (DateOnly?)null)), inventory.Kabupaten.Directory);

        var results = new object?[jobs.Count];
        using var readAhead = ReadAhead.Start([.. reads]);
        void Run(int i)
        {
            readAhead.Reach(i);
            var bag = new DiagnosticBag();
            results[i] = jobs[i](bag);
            diagnostics.AddRange(bag.Sorted());
        }

        if (serial || jobs.Count < 2)
        {
            for (var i = 0; i < jobs.Count; i++)
            {
                Run(i);
            }
        }
        else
        {
            Parallel.ForEach(Partitioner.Create(0, jobs.Count, 16), Build.Cores.OnePerCore, range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    Run(i);
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
            kims.Add(new ParsedKim(kim, profile, posts, pages));
        }

        var kabupatenPages = Take(results, ref index, inventory.Kabupaten.Pages.Count);
        return new ParsedContent(kims, kabupatenPages, [.. inventory.AllAssets]) { FilesRead = filesRead };

        void AddDocuments(IEnumerable<(string FilePath, string DisplayPath, string Slug, DateOnly? FileDate)> documents, string scope)
        {
            foreach (var (filePath, displayPath, slug, fileDate) in documents)
            {
                jobs.Add(bag => ReadCached(filePath, displayPath, slug, scope, fileDate, bag));
                reads.Add(cache.TryGetSource(displayPath, contentHash: null, out _) ? null : filePath);
            }
        }

        // A post or page: from the cache when its bytes, its link targets and its stored body
        // are all as they were; parsed afresh otherwise.
        PostDocument? ReadCached(string filePath, string displayPath, string slug, string scope, DateOnly? fileDate, DiagnosticBag bag)
        {
            if (knownUnchanged is not null && knownUnchanged(displayPath) && cache.TryGetSource(displayPath, contentHash: null, out var kept) && Reusable(kept))
            {
                return Reuse(kept);
            }

            // The file system's stamp, taken before reading: if it is the one kept with the
            // previous parse, the bytes are the same and the file is not even read.
            var stamp = knownUnchanged is null && cache.IsPersistent ? FileStamp.Of(filePath) : null;
            if (stamp is not null && cache.TryGetSource(displayPath, contentHash: null, out var stamped) && stamped.Stamp == stamp && Reusable(stamped))
            {
                return Reuse(stamped);
            }

            Interlocked.Increment(ref filesRead);
            if (!SourceText.TryReadBytes(filePath, displayPath, bag, maxBytes, ref t_source, out var length))
            {
                return null;
            }

            var bytes = t_source.AsSpan(0, length);
            var hash = XxHash128.HashToUInt128(bytes);
            var settled = cache.Settled(stamp);
            if (cache.TryGetSource(displayPath, hash, out var entry) && Reusable(entry))
            {
                // Same bytes under a new stamp (touched, checked out again): keep the new stamp.
                return Reuse(entry.Stamp == settled ? entry : entry with { Stamp = settled });
            }

            var dependencies = new List<LinkDependency>();
            var document = reader.Read(bytes, filePath, displayPath, slug, scope, fileDate, bag, dependencies);
            document = document is null ? null : document with { Shape = StructureDigest.ShapeOf(document) };
            cache.PutSource(displayPath, new SourceEntry(hash, document, BuildCache.Dehydrate(bag.Sorted()), dependencies, settled));
            return document;

            // Valid while every link target resolves as before and the stored body is still there.
            bool Reusable(SourceEntry cached) =>
                cached.Dependencies.All(links.Holds) && (cached.Document is null || cache.Bodies.Contains(cached.Document.Body));

            PostDocument? Reuse(SourceEntry cached)
            {
                foreach (var (descriptor, location, arguments) in BuildCache.Rehydrate(cached.Diagnostics))
                {
                    bag.Report(descriptor, location, arguments);
                }

                cache.PutSource(displayPath, cached);
                return cached.Document;
            }
        }
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
