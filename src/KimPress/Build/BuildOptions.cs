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

    /// <summary>Replaces site.yml's base_url (e.g. for a preview deployment).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Include drafts.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Include posts dated in the future.</summary>
    public bool IncludeFuture { get; init; }

    /// <summary>Run every stage on one thread (for debugging and to prove determinism).</summary>
    public bool Serial { get; init; }

    /// <summary>Only validate: parse and plan everything, render nothing, write nothing.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Treat warnings as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Leave out posts (and KIMs) with errors, publish the rest, and report what was left out.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The build's "now", for deciding what is in the future; the real clock when null.</summary>
    public DateTimeOffset? Now { get; init; }
}
