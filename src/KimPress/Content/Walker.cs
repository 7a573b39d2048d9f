using KimPress.Diagnostics;

namespace KimPress.Content;

/// <summary>
/// Lists folders and files under content/ in a stable order, leaving out hidden entries and
/// refusing symbolic links whose target lies outside content/.
/// </summary>
internal sealed class Walker(string siteRoot, string contentRoot, DiagnosticBag diagnostics)
{
    private readonly string _contentRoot = Path.GetFullPath(contentRoot);

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The path relative to the site root, with forward slashes, as diagnostics show it.</summary>
    public string Display(string path) => Path.GetRelativePath(siteRoot, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>The immediate sub-folders, sorted ordinally.</summary>
    public IEnumerable<string> Directories(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateDirectories(directory).Where(Accept).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>The immediate files, sorted ordinally.</summary>
    public IEnumerable<string> Files(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory).Where(Accept).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Every file below <paramref name="directory"/>, at any depth, sorted ordinally.</summary>
    public IEnumerable<string> AllFiles(string directory)
    {
        foreach (var file in Files(directory))
        {
            yield return file;
        }

        foreach (var child in Directories(directory))
        {
            foreach (var file in AllFiles(child))
            {
                yield return file;
            }
        }
    }

    /// <summary>A file to be copied to <paramref name="outputPath"/>.</summary>
    public AssetFile Asset(string file, string outputPath) => new(file, Display(file), outputPath);

    private bool Accept(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.'))
        {
            return false;
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is null && !new DirectoryInfo(path).Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return true;
        }

        var target = info.Exists ? info.ResolveLinkTarget(returnFinalTarget: true) : new DirectoryInfo(path).ResolveLinkTarget(returnFinalTarget: true);
        if (target is not null && target.Exists && IsInsideContent(Path.GetFullPath(target.FullName)))
        {
            return true;
        }

        diagnostics.Report(DiagnosticCodes.LinkOutsideContent, new SourceLocation(Display(path)), Display(path));
        return false;
    }

    private bool IsInsideContent(string fullPath) =>
        fullPath.StartsWith(_contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
