namespace KimPress.Build;

/// <summary>What to build and how.</summary>
public sealed record BuildOptions
{
    /// <summary>The site's root folder: site.yml, content/, themes/, layouts/.</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>The output folder; defaults to public/ inside the source folder. Ignored when <see cref="Output"/> is given.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Where to write instead of a folder (e.g. <see cref="Output.MemoryOutput"/>).</summary>
    public Output.IOutputSink? Output { get; init; }

    /// <summary>Names <see cref="Output"/> for the cache, so a later build to the same sink can reuse unchanged files.</summary>
    public string? OutputIdentity { get; init; }

    /// <summary>Keep parse results and output keys between builds (in <see cref="CacheDirectory"/>).</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>Ignore what the cache holds (it is rewritten from this build).</summary>
    public bool ResetCache { get; init; }

    /// <summary>The cache folder; .kimpress-cache/ inside the source folder by default.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>Replaces site.yml's base_url (e.g. for a preview deployment).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Include drafts.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Include posts dated in the future.</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>Run every stage on one thread (for debugging and to prove determinism).</summary>
    public bool Serial { get; init; }

    /// <summary>
    /// Render every page with Scriban's interpreter, never with the compiled templates (to prove
    /// that both write the same bytes).
    /// </summary>
    internal bool InterpretTemplates { get; init; }

    /// <summary>Only validate: parse and plan everything, render nothing, write nothing.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Treat warnings as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Leave out posts (and KIMs) with errors, publish the rest, and report what was left out.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The build's "now", for deciding what is in the future; the real clock when null.</summary>
    public DateTimeOffset? Now { get; init; }
}
