using KimPress.Preview;

namespace KimPress.Cli.Serving;

/// <summary>
/// Watches what a preview depends on — site.yml, content/, themes/ and layouts/ — and collects
/// the site-relative paths that changed. Only those folders are watched recursively (never
/// public/ or .git/, which can hold far more folders than the system lets one process watch).
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private static readonly string[] Folders = ["content", "themes", "layouts"];

    private readonly string _root;
    private readonly object _gate = new();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly FileSystemWatcher _rootWatcher;
    private HashSet<string>? _pending = new(StringComparer.Ordinal);
    private bool _everything;

    public SiteWatcher(string root)
    {
        _root = root;
        _rootWatcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        Hook(_rootWatcher);
        _rootWatcher.EnableRaisingEvents = true;
        foreach (var folder in Folders)
        {
            WatchFolder(folder);
        }
    }

    /// <summary>Raised (on a thread-pool thread) when something the site depends on changed.</summary>
    public event Action? Changed;

    /// <summary>
    /// The paths changed since the last call, or null when anything may have changed (a watcher
    /// overflowed, or a whole folder appeared or vanished).
    /// </summary>
    public IReadOnlyCollection<string>? TakeChanges()
    {
        lock (_gate)
        {
            var taken = _everything ? null : (IReadOnlyCollection<string>?)_pending;
            _pending = new HashSet<string>(StringComparer.Ordinal);
            _everything = false;
            return taken;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _rootWatcher.Dispose();
            foreach (var watcher in _watchers.Values)
            {
                watcher.Dispose();
            }

            _watchers.Clear();
        }
    }

    private void WatchFolder(string folder)
    {
        var path = Path.Combine(_root, folder);
        lock (_gate)
        {
            if (_watchers.ContainsKey(folder) || !Directory.Exists(path))
            {
                return;
            }

            try
            {
                var watcher = new FileSystemWatcher(path)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                    InternalBufferSize = 64 * 1024,
                };
                Hook(watcher);
                watcher.EnableRaisingEvents = true;
                _watchers[folder] = watcher;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
            {
                // Not watchable (e.g. the system's limit on watches): changes there need a restart.
                Console.Error.WriteLine($"kimpress: folder {folder}/ tidak bisa dipantau ({ex.Message}); mulai ulang kimpress serve setelah mengubah isinya.");
            }
        }
    }

    private void Hook(FileSystemWatcher watcher)
    {
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Created += (_, e) => Note(e.FullPath);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath);
            Note(e.FullPath);
        };
        watcher.Error += (_, _) => NoteEverything();
    }

    private void Note(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        if (!PreviewBuilder.IsWatched(relative) && !Folders.Contains(relative))
        {
            return;
        }

        if (IsEditorScratch(Path.GetFileName(relative)))
        {
            return;
        }

        if (Folders.Contains(relative))
        {
            // content/, themes/ or layouts/ itself appeared or went: watch it afresh.
            lock (_gate)
            {
                if (_watchers.Remove(relative, out var old))
                {
                    old.Dispose();
                }
            }

            WatchFolder(relative);
            NoteEverything();
            return;
        }

        lock (_gate)
        {
            _pending?.Add(relative);
        }

        Changed?.Invoke();
    }

    private void NoteEverything()
    {
        lock (_gate)
        {
            _everything = true;
        }

        Changed?.Invoke();
    }

    /// <summary>Files editors write beside the real one while saving (vim, emacs, JetBrains, gedit…).</summary>
    private static bool IsEditorScratch(string name) =>
        name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name == "4913"
        || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
        || name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith("___jb_tmp___", StringComparison.Ordinal)
        || name.EndsWith("___jb_old___", StringComparison.Ordinal) || name.StartsWith(".goutputstream", StringComparison.Ordinal);
}
