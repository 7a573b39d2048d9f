using KimPress.Diagnostics;

namespace KimPress.Build;

/// <summary>What a build did: success, counts, time per stage, and every diagnostic.</summary>
public sealed record BuildResult
{
    /// <summary>True when there were no errors and the output was published.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>True when the problem was with site.yml, the theme or the options rather than content (exit code 2).</summary>
    public bool ConfigurationFailed { get; init; }

    /// <summary>The process exit code this result means: 0 published (or clean), 1 content errors, 2 configuration or usage errors.</summary>
    public int ExitCode => Succeeded ? 0 : ConfigurationFailed ? 2 : 1;

    /// <summary>All diagnostics, in a stable order.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The language messages should be shown in.</summary>
    public string Language { get; init; } = "id";

    /// <summary>KIMs published.</summary>
    public int KimCount { get; init; }

    /// <summary>Posts published.</summary>
    public int PostCount { get; init; }

    /// <summary>Files written (pages, feeds, copies).</summary>
    public int FilesWritten { get; init; }

    /// <summary>HTML pages in the output.</summary>
    public int PagesWritten { get; init; }

    /// <summary>Pages rendered with a template this time (the rest were unchanged).</summary>
    public int Rendered { get; init; }

    /// <summary>Whether the theme's templates were compiled (see Rendering/CompiledTemplates); false when Scriban interpreted every page.</summary>
    public bool TemplatesCompiled { get; init; }

    /// <summary>When the templates were not compiled: the first thing in them the compiler does not handle.</summary>
    public string? TemplatesNotCompiledBecause { get; init; }

    /// <summary>Pages the compiled templates left to Scriban (a value they do not handle, or a template error).</summary>
    public int PagesLeftToScriban { get; init; }

    /// <summary>Cached partials (include_cached) the compiled templates left to Scriban.</summary>
    public int PartialsLeftToScriban { get; init; }

    /// <summary>Files reused unchanged from the previous build.</summary>
    public int Reused { get; init; }

    /// <summary>Pages reused without building their view, because nothing they can show changed.</summary>
    public int Unexamined { get; init; }

    /// <summary>For each kind of page, how many there were and their render-and-write time summed over threads.</summary>
    public IReadOnlyList<Output.PageKindTiming> PageKinds { get; init; } = [];

    /// <summary>Posts and pages whose file this build read; the rest had the same stamp as in the previous build.</summary>
    public int SourcesRead { get; init; }

    /// <summary>What each stage cost (wall time, allocation, GC pauses), in order.</summary>
    public IReadOnlyList<StageTiming> Timings { get; init; } = [];

    /// <summary>Where the output went, when it went to a folder.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>With --skip-invalid: the files that had errors and were left out.</summary>
    public IReadOnlyList<string> LeftOut { get; init; } = [];
}
