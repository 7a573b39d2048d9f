namespace KimPress.Text;

/// <summary>
/// The one check behind "this path stays inside that folder": content links, symbolic links,
/// the output folder's guard rails. Pure string work on full paths, so it costs nothing on the
/// per-file hot paths that call it.
/// </summary>
public static class PathScope
{
    /// <summary>True when the full path <paramref name="path"/> lies strictly inside the full path <paramref name="folder"/>.</summary>
    public static bool IsInside(string path, string folder)
    {
        folder = folder.TrimEnd(Path.DirectorySeparatorChar);
        return path.Length > folder.Length + 1
            && path[folder.Length] == Path.DirectorySeparatorChar
            && path.StartsWith(folder, StringComparison.Ordinal);
    }

    /// <summary>
    /// True when <paramref name="path"/> is not a symbolic link, or is one whose final target
    /// exists inside the full path <paramref name="folder"/>.
    /// </summary>
    public static bool LinkStaysInside(string path, string folder)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is null && info.Exists)
        {
            return true;
        }

        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        return target is not null && target.Exists && IsInside(Path.GetFullPath(target.FullName), folder);
    }
}
