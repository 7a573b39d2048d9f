using KimPress.Caching;
using KimPress.Configuration;
using KimPress.Content;
using KimPress.Diagnostics;
using KimPress.Model;
using KimPress.Output;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Build;

/// <summary>
/// Builds a whole kabupaten site. This class is the table of contents of KimPress: it calls
/// the stages in order, times them, and stops before publishing if any stage reported an error.
/// Each stage lives in its own folder; see docs/architecture.md.
/// </summary>
public static class SiteBuilder
{
    /// <summary>Runs config → theme → discover → parse → model → plan → render and write → publish.</summary>
    public static BuildResult Build(BuildOptions options)
    {
        try
        {
            return BuildOnce(options);
        }
        catch (Exception ex) when (IsCorruptCache(ex))
        {
            // A cached body did not match its hash. Nothing was published; build again from
            // the sources alone, and leave a fresh cache behind.
            return BuildOnce(options with { ResetCache = true });
        }
    }

    private static bool IsCorruptCache(Exception ex) =>
        ex is CorruptCacheException || (ex is AggregateException aggregate && aggregate.Flatten().InnerExceptions.Any(e => e is CorruptCacheException));

    private static BuildResult BuildOnce(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var timer = new StageTimer();
        var root = Path.GetFullPath(options.SourceDirectory);

        var settings = timer.Time("config", () => SiteConfigLoader.Load(root, options.BaseUrl, diagnostics));
        if (settings is null)
        {
            return Failed(diagnostics, timer, "id", configuration: true);
        }

        using var theme = timer.Time("theme", () => LoadTheme(root, settings, diagnostics, compile: !options.InterpretTemplates));
        if (theme is null)
        {
            return Failed(diagnostics, timer, settings.Language, configuration: true);
        }

        // Reading the cache index and walking content/ are independent: overlap them.
        var opening = options.Serial ? Task.FromResult(OpenCache(root, theme, options)) : Task.Run(() => OpenCache(root, theme, options));
        var inventory = timer.Time("discover", () => ContentDiscoverer.Discover(root, Path.Combine(root, "content"), diagnostics, options.Serial));
        using var cache = timer.Time("cache", () => opening.GetAwaiter().GetResult());
        var content = timer.Time("parse", () => ContentParser.Parse(inventory, root, settings, options.Serial, cache, diagnostics));
        if (!options.Serial)
        {
            cache.SaveSourcesSoon();
        }

        var modelOptions = new ModelOptions(options.IncludeDrafts, options.IncludeFuture, options.Now ?? DateTimeOffset.UtcNow);
        var model = timer.Time("model", () => SiteModelBuilder.Build(settings, content, modelOptions, diagnostics));
        var plan = timer.Time("plan", () => PagePlanner.Plan(model, diagnostics));
        var leftOut = Blockers(diagnostics, options, out var blocked);
        if (blocked || options.CheckOnly)
        {
            timer.Time("save cache", () => cache.Save(published: false));
            return blocked
                ? Failed(diagnostics, timer, settings.Language)
                : Succeeded(diagnostics, timer, model, plan, new WriteCounts(0, 0, 0), outputDirectory: null) with { LeftOut = leftOut, SourcesRead = content.FilesRead };
        }

        var (output, outputDirectory) = OpenOutput(options, root, cache, diagnostics);
        if (output is null)
        {
            cache.Save(published: false);
            return Failed(diagnostics, timer, settings.Language, configuration: true);
        }

        cache.UseStructure(timer.Time("digest", () => StructureDigest.Compute(inventory, model)));
        var views = new ViewFactory(model, theme.Translations, cache.Bodies, theme.Files.Names.Contains(ViewFactory.ThemeShareImage, StringComparer.Ordinal));
        WriteCounts counts;
        try
        {
            counts = timer.Time("render+write", () => SiteWriter.Write(plan, theme, views, settings, cache, output, options.Serial, diagnostics));
        }
        catch
        {
            output.Abandon();
            throw;
        }

        if (output is DirectoryOutput directoryOutput)
        {
            var id = cache.OutputsId();
            directoryOutput.Seal(id);
            cache.SetNextOutput($"{outputDirectory}#{id}");
        }

        Blockers(diagnostics, options, out blocked);
        if (!blocked && !options.Serial)
        {
            cache.SaveOutputsSoon();
        }

        var published = !blocked && timer.Time("publish", () => Publish(output, outputDirectory, diagnostics));
        timer.Time("save cache", () => cache.Save(published));
        if (!published)
        {
            return WithTemplates(Failed(diagnostics, timer, settings.Language, configuration: !blocked), theme);
        }

        return WithTemplates(Succeeded(diagnostics, timer, model, plan, counts, outputDirectory), theme) with { LeftOut = leftOut, SourcesRead = content.FilesRead };
    }

    // How the pages were rendered: compiled templates or Scriban, and how many pages went to Scriban.
    private static BuildResult WithTemplates(BuildResult result, TemplateRenderer theme) => result with
    {
        TemplatesCompiled = theme.IsCompiled,
        TemplatesNotCompiledBecause = theme.NotCompiledBecause,
        PagesLeftToScriban = theme.PagesLeftToScriban,
        PartialsLeftToScriban = theme.PartialsLeftToScriban,
    };

    internal static TemplateRenderer? LoadTheme(string root, SiteSettings settings, DiagnosticBag diagnostics, bool compile = true)
    {
        var files = ThemeFiles.Load(root, settings.Theme);
        if (!files.Found)
        {
            diagnostics.Report(DiagnosticCodes.ThemeMissing, new SourceLocation(SiteConfigLoader.FileName), settings.Theme);
            return null;
        }

        var translations = Translations.Load(files, settings.Language, diagnostics);
        return translations is null ? null : TemplateRenderer.Create(files, translations, diagnostics, compile);
    }

    private static BuildCache OpenCache(string root, TemplateRenderer theme, BuildOptions options) =>
        options.UseCache
            ? BuildCache.Open(options.CacheDirectory ?? Path.Combine(root, BuildCache.FolderName), Fingerprint.Compute(root, theme.Files, options.BaseUrl), options.ResetCache)
            : BuildCache.InMemory();

    private static (IOutputSink? Output, string? Directory) OpenOutput(BuildOptions options, string root, BuildCache cache, DiagnosticBag diagnostics)
    {
        if (options.Output is { } sink)
        {
            cache.UseOutput(options.OutputIdentity ?? "", options.OutputIdentity ?? "");
            return (sink, null);
        }

        var directory = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(root, "public"));
        try
        {
            var output = DirectoryOutput.Open(directory, root, diagnostics);
            if (output is not null)
            {
                cache.UseOutput(output.PreviousBuildId is { } previous ? $"{directory}#{previous}" : "", "");
                if (cache.PreviousOutputPaths is { } files)
                {
                    output.SetPreviousFiles(files);
                }
            }

            return (output, directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation("--output"), ex.Message);
            return (null, directory);
        }
    }

    private static bool Publish(IOutputSink output, string? outputDirectory, DiagnosticBag diagnostics)
    {
        try
        {
            output.Commit();
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(outputDirectory ?? "--output"), ex.Message);
            output.Abandon();
            return false;
        }
    }

    /// <summary>
    /// Decides whether the diagnostics so far stop the build. Errors always do, except with
    /// --skip-invalid, where errors in content/ only cost the file they are in (the stages have
    /// already left it out); warnings stop it with --strict. Returns the files left out.
    /// </summary>
    private static IReadOnlyList<string> Blockers(DiagnosticBag diagnostics, BuildOptions options, out bool blocked)
    {
        var all = diagnostics.Sorted();
        var errors = all.Where(d => d.Severity == Severity.Error).ToList();
        var contentErrors = errors.Where(d => d.Location.Path.StartsWith("content/", StringComparison.Ordinal)).ToList();
        blocked = (options.SkipInvalid ? errors.Count > contentErrors.Count : errors.Count > 0)
            || (options.Strict && all.Any(d => d.Severity == Severity.Warning));
        return options.SkipInvalid ? [.. contentErrors.Select(d => d.Location.Path).Distinct()] : [];
    }

    private static BuildResult Failed(DiagnosticBag diagnostics, StageTimer timer, string language, bool configuration = false) => new()
    {
        Succeeded = false,
        ConfigurationFailed = configuration,
        Diagnostics = diagnostics.Sorted(),
        Language = language,
        Timings = timer.Timings,
    };

    private static BuildResult Succeeded(DiagnosticBag diagnostics, StageTimer timer, SiteModel model, SitePlan plan, WriteCounts counts, string? outputDirectory) => new()
    {
        Succeeded = true,
        Diagnostics = diagnostics.Sorted(),
        Language = model.Settings.Language,
        KimCount = model.Kims.Count,
        PostCount = model.Posts.Count,
        FilesWritten = counts.Files,
        PagesWritten = counts.Files == 0 ? 0 : plan.Pages.Count,
        Rendered = counts.Rendered,
        Reused = counts.Reused,
        Unexamined = counts.Unexamined,
        PageKinds = counts.Kinds,
        Timings = timer.Timings,
        OutputDirectory = outputDirectory,
    };
}
