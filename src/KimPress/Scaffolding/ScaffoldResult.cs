using KimPress.Diagnostics;

namespace KimPress.Scaffolding;

/// <summary>What <c>kimpress new</c> did: the files it created, or why it created nothing.</summary>
public sealed record ScaffoldResult
{
    /// <summary>Problems found, in a stable order. When there is an error, nothing was written.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>The files and folders created, relative to the site folder, with forward slashes.</summary>
    public IReadOnlyList<string> Created { get; init; } = [];

    /// <summary>Required keys the new file still leaves empty (a build reports each until it is filled).</summary>
    public IReadOnlyList<string> Unfilled { get; init; } = [];

    /// <summary>The language of the site (from site.yml), "id" when it could not be read.</summary>
    public string Language { get; init; } = "id";

    /// <summary>site.yml is missing or unusable (a usage problem, not the member's content).</summary>
    public bool ConfigurationFailed { get; init; }

    /// <summary>True when the files were created.</summary>
    public bool Succeeded => Diagnostics.All(d => d.Severity != Severity.Error);

    /// <summary>0 created, 1 refused because of the arguments or existing content, 2 site.yml unusable.</summary>
    public int ExitCode => Succeeded ? 0 : ConfigurationFailed ? 2 : 1;
}
