using System.Diagnostics;
using KimPress.Build;
using KimPress.Caching;
using KimPress.Configuration;
using KimPress.Content;
using KimPress.Diagnostics;
using KimPress.Model;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Preview;

/// <summary>
/// The build behind <c>kimpress serve</c>. It runs the same stages as <see cref="SiteBuilder"/> up
/// to the page plan, but keeps what it can between builds in this process — site.yml and the
/// theme until they change, every file's parse result until its bytes change — and renders
/// nothing up front: a <see cref="PreviewSite"/> renders a page when the browser asks for it.
/// Drafts and future posts are included (the theme marks them).
/// </summary>
public sealed class PreviewBuilder
{
    private readonly string _root;
    private readonly string _baseUrl;
    private readonly Func<DateTimeOffset> _clock;
    private SiteSettings? _settings;
    private TemplateRenderer? _theme;
    private IReadOnlyList<Diagnostic> _setupDiagnostics = [];
    private string _fingerprint = "";
    private BuildCache _cache = BuildCache.InMemory();
    private ContentInventory? _inventory;
    private IReadOnlyList<Diagnostic> _inventoryDiagnostics = [];
    private HashSet<string> _knownFiles = new(StringComparer.Ordinal);
    private int _generation;

    /// <summary>Prepares builds of the site in <paramref name="sourceDirectory"/>, linked for <paramref name="baseUrl"/> (the preview server's address).</summary>
    public PreviewBuilder(string sourceDirectory, string baseUrl, Func<DateTimeOffset>? clock = null)
    {
        _root = Path.GetFullPath(sourceDirectory);
        _baseUrl = baseUrl;
        _clock = clock ?? (() => DateTimeOffset.UtcNow);
    }

    /// <summary>The site folder.</summary>
    public string Root => _root;

    /// <summary>
    /// Builds the site again. <paramref name="changed"/> lists the files that changed since the last
    /// build (site-relative, forward slashes); null means anything may have changed.
    /// </summary>
    public PreviewSite Build(IReadOnlyCollection<string>? changed = null)
    {
        var watch = Stopwatch.StartNew();
        var timer = new StageTimer();
        var generation = Interlocked.Increment(ref _generation);
        var diagnostics = new DiagnosticBag();

        if (_settings is null || _theme is null || changed is null || changed.Any(IsSetupFile))
        {
            _settings = null;
            _theme = null;
            var setup = new DiagnosticBag();
            _settings = timer.Time("config", () => SiteConfigLoader.Load(_root, _baseUrl, setup));
            _theme = _settings is null ? null : timer.Time("theme", () => SiteBuilder.LoadTheme(_root, _settings, setup));
            _setupDiagnostics = setup.Sorted();
            var fingerprint = _theme is null ? "" : Fingerprint.Compute(_root, _theme.Files, _baseUrl);
            if (fingerprint != _fingerprint)
            {
                // site.yml or the theme changed what parsing produces (links, limits, language).
                _fingerprint = fingerprint;
                _cache = BuildCache.InMemory();
            }
        }

        diagnostics.AddRange(_setupDiagnostics);

        if (_settings is null || _theme is null)
        {
            return PreviewSite.Failed(generation, _root, diagnostics.Sorted(), _settings?.Language ?? "id", watch.Elapsed, timer.Timings);
        }

        var cache = _cache.ContinueInMemory();
        var settings = _settings;
        var inventory = timer.Time("discover", () => Discover(changed));
        diagnostics.AddRange(_inventoryDiagnostics);

        // Told what changed, the parser need not even read the other files.
        Func<string, bool>? unchanged = changed is null || inventory.HasLinks ? null : path => !changed.Contains(path);
        var content = timer.Time("parse", () => ContentParser.Parse(inventory, _root, settings, serial: false, cache, diagnostics, unchanged));
        var model = timer.Time("model", () => SiteModelBuilder.Build(settings, content, new ModelOptions(IncludeDrafts: true, IncludeFuture: true, _clock()), diagnostics));
        var plan = timer.Time("plan", () => PagePlanner.Plan(model, diagnostics));
        _cache = cache;

        var sorted = diagnostics.Sorted();
        if (sorted.Any(d => d.Severity == Severity.Error))
        {
            return PreviewSite.Failed(generation, _root, sorted, _settings.Language, watch.Elapsed, timer.Timings);
        }

        var views = new ViewFactory(model, _theme.Translations, cache.Bodies, _theme.Files.Names.Contains(ViewFactory.ThemeShareImage, StringComparer.Ordinal));
        var theme = _theme;
        var site = timer.Time("index", () => new PreviewSite(generation, _root, sorted, settings, theme, views, plan, cache.Bodies));
        site.Finish(watch.Elapsed, timer.Timings);
        return site;
    }

    /// <summary>
    /// The content inventory: the previous one when every changed file is one it already lists
    /// and still exists (an edit, not a new, moved or deleted file), otherwise content/ walked again.
    /// </summary>
    private ContentInventory Discover(IReadOnlyCollection<string>? changed)
    {
        if (_inventory is { HasLinks: false } previous && changed is not null
            && changed.All(p => _knownFiles.Contains(p) && File.Exists(Path.Combine(_root, p))))
        {
            return previous;
        }

        var bag = new DiagnosticBag();
        var inventory = ContentDiscoverer.Discover(_root, Path.Combine(_root, "content"), bag);
        _inventory = inventory;
        _inventoryDiagnostics = bag.Sorted();
        _knownFiles = new HashSet<string>(
            inventory.Kims.SelectMany(k => k.Posts.Select(p => p.DisplayPath).Concat(k.Pages.Select(p => p.DisplayPath)).Concat(k.ProfilePath is null ? [] : [k.ProfileDisplayPath]))
                .Concat(inventory.Kabupaten.Pages.Select(p => p.DisplayPath))
                .Concat(inventory.AllAssets.Select(a => a.DisplayPath)),
            StringComparer.Ordinal);
        return inventory;
    }

    /// <summary>True for files whose change means reloading site.yml and the theme.</summary>
    public static bool IsSetupFile(string path) =>
        path == SiteConfigLoader.FileName
        || path.StartsWith("themes/", StringComparison.Ordinal)
        || path.StartsWith("layouts/", StringComparison.Ordinal);

    /// <summary>True for the files a preview watches: site.yml, content/, themes/ and layouts/.</summary>
    public static bool IsWatched(string path) =>
        IsSetupFile(path) || path.StartsWith("content/", StringComparison.Ordinal);
}
