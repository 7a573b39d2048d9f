namespace KimPress.Markdown;

/// <summary>What became of a link or image address found in content.</summary>
public enum LinkOutcome
{
    /// <summary>Kept as written: an external http(s), mailto: or tel: address, or a #fragment.</summary>
    Kept,

    /// <summary>A local file or post, rewritten to its published address.</summary>
    Rewritten,

    /// <summary>A scheme that could run script or smuggle content (javascript:, data:, …).</summary>
    Unsafe,

    /// <summary>A local file that does not exist.</summary>
    Missing,

    /// <summary>A local path that leads outside the allowed folder.</summary>
    Outside,
}

/// <summary>
/// Turns the addresses KIM members write into published ones. A relative address is resolved
/// against the Markdown file's folder and must stay inside the KIM's folder; it becomes the
/// published address of the file or post it names. Only http(s), mailto: and tel: leave the site.
/// Immutable and shared by all threads.
/// </summary>
/// <param name="basePath">The site's base path, "/" or "/sub/".</param>
/// <param name="published">Every publishable source file (full path) and its URL path relative to the site root.</param>
/// <param name="siteRoot">The site folder, to record dependencies relative to it.</param>
public sealed class LinkResolver(string basePath, IReadOnlyDictionary<string, string> published, string siteRoot = "/")
{
    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    /// <summary>
    /// The site-relative URL path a source file is published at, if it is. The look-up is
    /// recorded in <paramref name="dependencies"/>: a cached parse stays valid only while every
    /// look-up it made still gives the same answer.
    /// </summary>
    public string? PublishedPath(string fullPath, List<Caching.LinkDependency>? dependencies = null)
    {
        var full = Path.GetFullPath(fullPath);
        var result = published.GetValueOrDefault(full);
        dependencies?.Add(new Caching.LinkDependency(Path.GetRelativePath(siteRoot, full), result));
        return result;
    }

    /// <summary>True when <paramref name="dependency"/> still resolves as it did.</summary>
    public bool Holds(Caching.LinkDependency dependency) =>
        published.GetValueOrDefault(Path.GetFullPath(Path.Combine(siteRoot, dependency.Path))) == dependency.Published;

    /// <summary>The link a browser should follow for a site-relative URL path.</summary>
    public string Href(string urlPath) => basePath + EscapePath(urlPath);

    /// <summary>
    /// Resolves <paramref name="url"/> written in a file in <paramref name="sourceDirectory"/>;
    /// local paths must stay inside <paramref name="scopeDirectory"/>.
    /// </summary>
    public (LinkOutcome Outcome, string Url) Resolve(string url, string sourceDirectory, string scopeDirectory, List<Caching.LinkDependency>? dependencies = null)
    {
        var trimmed = url.Trim();
        if (trimmed.Length == 0 || trimmed[0] == '#' || trimmed[0] == '?')
        {
            return (LinkOutcome.Kept, trimmed);
        }

        var scheme = SchemeOf(trimmed);
        if (scheme is not null)
        {
            return SafeSchemes.Contains(scheme) ? (LinkOutcome.Kept, trimmed) : (LinkOutcome.Unsafe, trimmed);
        }

        if (trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith(@"\\", StringComparison.Ordinal) || trimmed.StartsWith('\\'))
        {
            return (LinkOutcome.Kept, "https:" + trimmed.Replace('\\', '/'));
        }

        if (trimmed[0] == '/')
        {
            // Site-absolute: the author means the kabupaten site's root, wherever it is published.
            return (LinkOutcome.Rewritten, trimmed.StartsWith(basePath, StringComparison.Ordinal) ? trimmed : basePath + trimmed[1..]);
        }

        var suffixStart = trimmed.IndexOfAny(['#', '?']);
        var pathPart = suffixStart < 0 ? trimmed : trimmed[..suffixStart];
        var suffix = suffixStart < 0 ? "" : trimmed[suffixStart..];
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(Path.Combine(sourceDirectory, Uri.UnescapeDataString(pathPart)));
        }
        catch (ArgumentException)
        {
            return (LinkOutcome.Missing, trimmed);
        }

        if (!Text.PathScope.IsInside(fullPath, Path.GetFullPath(scopeDirectory)))
        {
            return (LinkOutcome.Outside, trimmed);
        }

        var target = PublishedPath(fullPath, dependencies)
            ?? PublishedPath(Path.Combine(fullPath, "index.md"), dependencies);
        return target is null ? (LinkOutcome.Missing, trimmed) : (LinkOutcome.Rewritten, Href(target) + suffix);
    }

    /// <summary>The diagnostic for an address that cannot be published as written, or null when it can.</summary>
    public static Diagnostics.DiagnosticDescriptor? Problem(LinkOutcome outcome) => outcome switch
    {
        LinkOutcome.Unsafe => Diagnostics.DiagnosticCodes.UnsafeUrl,
        LinkOutcome.Outside => Diagnostics.DiagnosticCodes.PathOutsideFolder,
        LinkOutcome.Missing => Diagnostics.DiagnosticCodes.FileNotFound,
        _ => null,
    };

    /// <summary>True when <paramref name="url"/> has a scheme and it is one a published link may have.</summary>
    internal static bool IsSafeAbsolute(string url) => SchemeOf(url) is { } scheme && SafeSchemes.Contains(scheme);

    /// <summary>The lower-case scheme of an absolute URL, ignoring the whitespace and control characters browsers ignore; null when relative.</summary>
    internal static string? SchemeOf(string url)
    {
        Span<char> buffer = stackalloc char[Math.Min(url.Length, 32)];
        var length = 0;
        foreach (var c in url)
        {
            if (c == ':')
            {
                return length > 0 && char.IsAsciiLetter(buffer[0]) ? new string(buffer[..length]) : null;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                continue;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') || length == buffer.Length)
            {
                return null;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return null;
    }

    /// <summary>Percent-escapes each segment of a URL path, keeping the slashes.</summary>
    public static string EscapePath(string urlPath) =>
        urlPath.AsSpan().ContainsAnyExcept(UnescapedInPaths)
            ? string.Join('/', urlPath.Split('/').Select(Uri.EscapeDataString))
            : urlPath;

    // What Uri.EscapeDataString leaves as it is (RFC 3986 unreserved characters), and the slash:
    // slug paths consist of nothing else, so most paths need no escaping at all.
    private static readonly System.Buffers.SearchValues<char> UnescapedInPaths =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/");
}
