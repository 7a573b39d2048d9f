using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace KimPress.Output;

/// <summary>
/// Writes the site into a fresh folder beside the target and swaps it in only on
/// <see cref="Commit"/>, so a failed build leaves the previous output untouched. Files that did
/// not change are not copied: at commit, whole unchanged folders of the previous output are
/// moved into the new tree and single unchanged files moved or linked, so they keep their bytes
/// and modification time (rsync uploads only what changed). Refuses to replace a folder KimPress
/// did not create (one without its marker file), the source folder or any folder that contains it.
/// </summary>
public sealed partial class DirectoryOutput : IOutputSink
{
    /// <summary>The marker file that says "KimPress made this folder; it may replace it", with the build's id.</summary>
    public const string MarkerFile = ".kimpress-output";

    private const string BuildIdPrefix = "build: ";

    private static readonly string[] ProtectedFolders = ["content", "themes", "layouts", ".git"];

    private readonly string _target;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _reused = new(StringComparer.Ordinal);
    private readonly FolderProbe? _probe;
    private IReadOnlyCollection<string>? _previousFiles;
    private bool _done;

    private DirectoryOutput(string target, string staging, string? previousBuildId)
    {
        _target = target;
        _staging = staging;
        PreviousBuildId = previousBuildId;

        // Files of the previous output are asked about relative to the folder, when there is one.
        _probe = previousBuildId is null ? null : FolderProbe.Open(target);
    }

    /// <summary>The final output folder.</summary>
    public string Target => _target;

    /// <summary>This build's id (a hash of everything it outputs), written into the marker file by <see cref="Seal"/>.</summary>
    public string? BuildId { get; private set; }

    /// <summary>The id of the build whose output is in the target now, if any.</summary>
    public string? PreviousBuildId { get; }

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
            || Text.PathScope.IsInside(source, target)
            || protectedFolders.Any(p => target == p || Text.PathScope.IsInside(target, p)))
        {
            diagnostics.Report(Diagnostics.DiagnosticCodes.OutputIsSource, location, target, "content/, themes/, layouts/, .git/");
            return null;
        }

        var marker = Path.Combine(target, MarkerFile);
        if ((Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(marker)) || File.Exists(target))
        {
            diagnostics.Report(Diagnostics.DiagnosticCodes.OutputNotOurs, location, target);
            return null;
        }

        var previousBuildId = File.Exists(marker)
            ? File.ReadLines(marker).FirstOrDefault(l => l.StartsWith(BuildIdPrefix, StringComparison.Ordinal))?[BuildIdPrefix.Length..]
            : null;
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}.kimpress-new");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        Directory.CreateDirectory(staging);
        return new DirectoryOutput(target, staging, previousBuildId);
    }

    /// <summary>
    /// Writes the marker file with <paramref name="buildId"/>, which identifies the finished tree
    /// (the same input gives the same id, so output stays byte-identical between builds).
    /// </summary>
    public void Seal(string buildId)
    {
        BuildId = buildId;
        if (buildId == PreviousBuildId && File.Exists(Inside(_target, MarkerFile)))
        {
            _reused[MarkerFile] = true;
            return;
        }

        Write(MarkerFile, System.Text.Encoding.UTF8.GetBytes($"Folder ini dibuat oleh KimPress dan diganti pada setiap build.\n{BuildIdPrefix}{buildId}\n"));
    }

    /// <summary>
    /// Tells the output exactly which files the previous build left in the target (from the
    /// cache, valid because the marker's build id matched). With it, unchanged folders are moved
    /// whole at commit; without it, unchanged files are linked one by one.
    /// </summary>
    public void SetPreviousFiles(IReadOnlyCollection<string> files) => _previousFiles = files;

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        NewFile.Write(Prepare(_staging, path), content);

        _written[path] = true;
    }

    /// <inheritdoc />
    public void Copy(string sourceFile, string path)
    {
        File.Copy(sourceFile, Prepare(_staging, path), overwrite: false);
        _written[path] = true;
    }

    /// <inheritdoc />
    public bool TryReuse(string path)
    {
        if (path == MarkerFile)
        {
            return false;
        }

        // A path as the planner makes them ("kim-x/slug/index.html") is asked about as it is;
        // resolving it against the folder first was a tenth of an incremental build's CPU.
        var exists = _probe is null
            ? File.Exists(Inside(_target, path))
            : _probe.HasFile(IsPlainRelative(path) ? path : Path.GetRelativePath(_target, Inside(_target, path)));
        if (!exists)
        {
            return false;
        }

        _reused[path] = true;
        return true;
    }

    /// <inheritdoc />
    public void Commit()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        _probe?.Dispose();
        if (BuildId is null)
        {
            Seal("unknown");
        }

        var moves = new List<(string From, string To)>();
        try
        {
            PlaceReused(moves);
        }
        catch
        {
            // Put the previous output back exactly as it was.
            foreach (var (from, to) in Enumerable.Reverse(moves))
            {
                Move(to, from);
            }

            Directory.Delete(_staging, recursive: true);
            throw;
        }

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
        _probe?.Dispose();
        if (Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }

    /// <summary>
    /// Brings every reused file into the staging tree. A folder of the previous output none of
    /// whose files changed, and which gained none, is moved as a whole (one rename instead of one
    /// per file); the remaining reused files are moved singly.
    /// </summary>
    private void PlaceReused(List<(string From, string To)> moves)
    {
        if (_previousFiles is null)
        {
            foreach (var path in _reused.Keys.Order(StringComparer.Ordinal))
            {
                var from = Inside(_target, path);
                var to = Prepare(_staging, path);
                if (!HardLink(from, to))
                {
                    File.Copy(from, to, overwrite: false);
                    File.SetLastWriteTimeUtc(to, File.GetLastWriteTimeUtc(from));
                }
            }

            return;
        }

        // A folder is blocked when something in it (at any depth) was written anew, or was in
        // the previous output but is not reused (changed or gone).
        var blocked = new HashSet<string>(StringComparer.Ordinal) { "" };
        foreach (var path in _written.Keys.Concat(_previousFiles.Where(f => !_reused.ContainsKey(f))))
        {
            for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                blocked.Add(path[..slash]);
            }
        }

        var units = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in _reused.Keys)
        {
            var unit = path;
            for (var slash = path.IndexOf('/', StringComparison.Ordinal); slash >= 0; slash = path.IndexOf('/', slash + 1))
            {
                if (!blocked.Contains(path[..slash]))
                {
                    unit = path[..slash];
                    break;
                }
            }

            units.Add(unit);
        }

        foreach (var unit in units)
        {
            var from = Inside(_target, unit);
            var to = Prepare(_staging, unit);
            Move(from, to);
            moves.Add((from, to));
        }
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from))
        {
            Directory.Move(from, to);
        }
        else
        {
            File.Move(from, to);
        }
    }

    private string Prepare(string root, string path)
    {
        var full = Inside(root, path);
        var directory = Path.GetDirectoryName(full)!;
        if (_directories.TryAdd(directory, true))
        {
            Directory.CreateDirectory(directory);
        }

        return full;
    }

    /// <summary>
    /// True when <paramref name="path"/> is names joined by '/' — none empty, "." or "..", no
    /// '\\' or NUL — so it names something inside whatever folder it is taken relative to.
    /// </summary>
    internal static bool IsPlainRelative(string path)
    {
        if (path.Length == 0 || path.AsSpan().IndexOfAny('\\', '\0') >= 0)
        {
            return false;
        }

        foreach (var range in path.AsSpan().Split('/'))
        {
            var name = path.AsSpan(range);
            if (name.Length == 0 || name is "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    // Output paths come from slugs and file names that were validated, but the last line of
    // defence is here: nothing is read or written outside the output folders, whatever the path says.
    private static string Inside(string root, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        if (!Text.PathScope.IsInside(full, root))
        {
            throw new InvalidOperationException($"Refusing to touch a path outside the output folder: {path}");
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
}
