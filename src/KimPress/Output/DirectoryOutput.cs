using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace KimPress.Output;

/// <summary>
/// Writes the site into a fresh folder beside the target and swaps it in only on
/// <see cref="Commit"/>, so a failed build leaves the previous output untouched. Refuses to
/// replace a folder KimPress did not create (one without its marker file), the source folder
/// or any folder that contains it.
/// </summary>
public sealed partial class DirectoryOutput : IOutputSink
{
    /// <summary>The marker file that says "KimPress made this folder; it may replace it".</summary>
    public const string MarkerFile = ".kimpress-output";

    private static readonly string[] ProtectedFolders = ["content", "themes", "layouts", ".git"];

    private readonly string _target;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
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
        var output = new DirectoryOutput(target, staging);
        if (!output.TryReuse(MarkerFile))
        {
            File.WriteAllText(Path.Combine(staging, MarkerFile), "Folder ini dibuat oleh KimPress dan diganti pada setiap build.\n");
        }

        return output;
    }

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Prepare(path);
        using var handle = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(handle, content, 0);
    }

    /// <inheritdoc />
    public void Copy(string sourceFile, string path) => File.Copy(sourceFile, Prepare(path), overwrite: false);

    /// <inheritdoc />
    public bool TryReuse(string path)
    {
        var previous = Path.Combine(_target, path);
        if (!File.Exists(previous) || !Path.GetFullPath(previous).StartsWith(_target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return false;
        }

        var full = Prepare(path);
        if (HardLink(previous, full))
        {
            return true;
        }

        // No hard links here (another file system, say): a copy with the old time is as good for rsync.
        File.Copy(previous, full, overwrite: false);
        File.SetLastWriteTimeUtc(full, File.GetLastWriteTimeUtc(previous));
        return true;
    }

    private string Prepare(string path)
    {
        var full = Resolve(path);
        var directory = Path.GetDirectoryName(full)!;
        if (_directories.TryAdd(directory, true))
        {
            Directory.CreateDirectory(directory);
        }

        return full;
    }

    private static bool HardLink(string existing, string link)
    {
        if (OperatingSystem.IsWindows())
        {
            return CreateHardLinkW(link, existing, IntPtr.Zero);
        }

        return LinkUnix(existing, link) == 0;
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int LinkUnix(string existing, string link);

    [LibraryImport("kernel32.dll", StringMarshalling = StringMarshalling.Utf16, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CreateHardLinkW(string link, string existing, IntPtr securityAttributes);

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
