namespace KimPress.Output;

/// <summary>
/// Writes the site into a fresh folder beside the target and swaps it in only on
/// <see cref="Commit"/>, so a failed build leaves the previous output untouched. Refuses to
/// replace a folder KimPress did not create (one without its marker file), the source folder
/// or any folder that contains it.
/// </summary>
public sealed class DirectoryOutput : IOutputSink
{
    /// <summary>The marker file that says "KimPress made this folder; it may replace it".</summary>
    public const string MarkerFile = ".kimpress-output";

    private static readonly string[] ProtectedFolders = ["content", "themes", "layouts", ".git"];

    private readonly string _target;
    private readonly string _staging;
    private bool _done;

    private DirectoryOutput(string target, string staging)
    {
        _target = target;
        _staging = staging;
    }

    /// <summary>The final output folder.</summary>
    public string Target => _target;

    /// <summary>
    /// Prepares to write to <paramref name="target"/>. Returns null, after reporting why, when
    /// the folder must not be replaced: it is or contains the source, lies inside content/,
    /// themes/ or layouts/, or holds files KimPress did not put there.
    /// </summary>
    public static DirectoryOutput? Open(string target, string sourceRoot, Diagnostics.DiagnosticBag diagnostics)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var source = Path.GetFullPath(sourceRoot).TrimEnd(Path.DirectorySeparatorChar);
        var location = new Diagnostics.SourceLocation("--output");
        var protectedFolders = ProtectedFolders.Select(f => Path.Combine(source, f));
        if (target == source
            || (source + Path.DirectorySeparatorChar).StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || protectedFolders.Any(p => target == p || target.StartsWith(p + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
        {
            diagnostics.Report(Diagnostics.DiagnosticCodes.OutputIsSource, location, target, "content/, themes/, layouts/, .git/");
            return null;
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerFile)))
        {
            diagnostics.Report(Diagnostics.DiagnosticCodes.OutputNotOurs, location, target);
            return null;
        }

        if (File.Exists(target))
        {
            diagnostics.Report(Diagnostics.DiagnosticCodes.OutputNotOurs, location, target);
            return null;
        }

        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.kimpress-new");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, MarkerFile), "Folder ini dibuat oleh KimPress dan diganti pada setiap build.\n");
        return new DirectoryOutput(target, staging);
    }

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(content);
    }

    /// <inheritdoc />
    public void Copy(string sourceFile, string path)
    {
        var full = Resolve(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.Copy(sourceFile, full, overwrite: false);
    }

    /// <inheritdoc />
    public void Commit()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        var old = _target + ".kimpress-old";
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }

        if (Directory.Exists(_target))
        {
            Directory.Move(_target, old);
        }

        Directory.Move(_staging, _target);
        if (Directory.Exists(old))
        {
            Directory.Delete(old, recursive: true);
        }
    }

    /// <inheritdoc />
    public void Abandon()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    // Output paths come from slugs and file names that were validated, but the last line of
    // defence is here: nothing is written outside the staging folder, whatever the path says.
    private string Resolve(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_staging, path));
        if (!full.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {path}");
        }

        return full;
    }
}
