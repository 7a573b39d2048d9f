using System.Collections.Concurrent;
using System.Text;
using KimPress.Build;
using KimPress.Caching;
using KimPress.Configuration;
using KimPress.Diagnostics;
using KimPress.Output;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Preview;

/// <summary>A file the preview serves: its bytes, and 200 or 404 (the site's own 404 page).</summary>
/// <param name="Bytes">The file's bytes.</param>
/// <param name="StatusCode">The HTTP status to send with it.</param>
public sealed record PreviewFile(byte[] Bytes, int StatusCode = 200);

/// <summary>
/// One build of the preview: every file the site would have, rendered on the first request and
/// kept for the next (until the next build replaces this object). When the build had errors, it
/// holds only the diagnostics, shown by <see cref="ErrorPage"/>.
/// </summary>
public sealed class PreviewSite
{
    private readonly string _root;
    private readonly Dictionary<string, Func<byte[]?>> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> _rendered = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _renderDiagnostics = new();
    private readonly string? _notFoundPath;

    internal PreviewSite(int generation, string root, IReadOnlyList<Diagnostic> diagnostics, SiteSettings settings, TemplateRenderer theme, ViewFactory views, SitePlan plan, BodyStore bodies)
        : this(generation, root, diagnostics, settings.Language, TimeSpan.Zero, [])
    {
        PageCount = plan.Pages.Count;
        foreach (var page in plan.Pages)
        {
            _files[page.OutputPath] = () => theme.TryRender(page.Kind, page.BuildView(views), _renderDiagnostics, out var html) ? html.ToArray() : null;
            if (page.Kind == "404")
            {
                _notFoundPath = page.OutputPath;
            }
        }

        foreach (var feed in plan.Feeds)
        {
            _files[feed.UrlPath] = () => FeedWriter.Write(feed, views, settings, bodies).ToArray();
        }

        _files["sitemap.xml"] = () => SitemapWriter.Sitemap(plan.Pages, views).ToArray();
        _files["robots.txt"] = () => SitemapWriter.Robots(views);
        foreach (var name in theme.Files.Names.Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            _files[name] = () => theme.Files.ReadBytes(name);
        }

        foreach (var asset in plan.Assets)
        {
            _files[asset.OutputPath] = () => ReadFile(asset.FilePath);
        }
    }

    private PreviewSite(int generation, string root, IReadOnlyList<Diagnostic> diagnostics, string language, TimeSpan elapsed, IReadOnlyList<StageTiming> timings)
    {
        Timings = timings;
        Generation = generation;
        _root = root;
        Diagnostics = diagnostics;
        Language = language;
        Elapsed = elapsed;
    }

    /// <summary>Counts up with every build; the browser reloads when it changes.</summary>
    public int Generation { get; }

    /// <summary>What the build reported (errors and warnings).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The language of messages: the site's.</summary>
    public string Language { get; }

    /// <summary>How long the build took (pages are rendered later, on request).</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>The time each stage of the build took.</summary>
    public IReadOnlyList<StageTiming> Timings { get; private set; }

    /// <summary>HTML pages in the site (0 when the build failed).</summary>
    public int PageCount { get; }

    /// <summary>False when the build had errors: every page shows <see cref="ErrorPage"/>.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error) && !_renderDiagnostics.HasErrors;

    /// <summary>Every diagnostic, including template errors met while rendering pages on request.</summary>
    public IReadOnlyList<Diagnostic> AllDiagnostics =>
        _renderDiagnostics.Count == 0 ? Diagnostics : [.. Diagnostics.Concat(_renderDiagnostics.Sorted())];

    internal static PreviewSite Failed(int generation, string root, IReadOnlyList<Diagnostic> diagnostics, string language, TimeSpan elapsed, IReadOnlyList<StageTiming> timings) =>
        new(generation, root, diagnostics, language, elapsed, timings);

    internal void Finish(TimeSpan elapsed, IReadOnlyList<StageTiming> timings)
    {
        Elapsed = elapsed;
        Timings = timings;
    }

    /// <summary>
    /// The file at <paramref name="path"/> (relative to the site root, e.g. "kim-a/index.html"),
    /// or null when the site has no such file. A page whose template fails returns null and
    /// leaves the error in <see cref="AllDiagnostics"/>.
    /// </summary>
    public byte[]? Get(string path)
    {
        if (!_files.TryGetValue(path, out var produce))
        {
            return null;
        }

        return _rendered.GetOrAdd(path, _ => new Lazy<byte[]?>(produce, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>True when the site has a file at <paramref name="path"/>.</summary>
    public bool Contains(string path) => _files.ContainsKey(path);

    /// <summary>The site's 404 page, if the theme has one and it renders.</summary>
    public byte[]? NotFoundPage() => _notFoundPath is null ? null : Get(_notFoundPath);

    /// <summary>
    /// A page that shows the build's errors in the site's language: file, line, message, hint
    /// and the lines around the problem, so a KIM member sees what to fix instead of an old page.
    /// </summary>
    public string ErrorPage() => PreviewErrorPage.Render(_root, AllDiagnostics, Language);

    private static byte[]? ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
