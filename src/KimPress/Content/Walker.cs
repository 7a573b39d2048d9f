using System.IO.Enumeration;
using KimPress.Diagnostics;

namespace KimPress.Content;

/// <summary>
/// Lists folders and files under content/ in a stable order, leaving out hidden entries and
/// refusing symbolic links whose target lies outside content/.
/// </summary>
internal sealed partial class Walker(string siteRoot, string contentRoot, DiagnosticBag diagnostics)
{
    private readonly string _contentRoot = Path.GetFullPath(contentRoot);

    public DiagnosticBag Diagnostics => diagnostics;

    /// <summary>The path relative to the site root, with forward slashes, as diagnostics show it.</summary>
    public string Display(string path) => Path.GetRelativePath(siteRoot, path).Replace(Path.DirectorySeparatorChar, '/');

    private static readonly EnumerationOptions Options = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true };

    // Discovery asks for a folder's sub-folders and its files separately; each folder is read once.
    // KIM folders are walked in parallel: the listings are shared, and any thread may see a link.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (List<string> Directories, List<string> Files)> _listings = new(StringComparer.Ordinal);
    private volatile bool _sawLinks;

    /// <summary>The immediate sub-folders, sorted ordinally.</summary>
    public IEnumerable<string> Directories(string directory) => List(directory).Directories;

    /// <summary>True once a symbolic link inside content/ was listed (a change to its target shows up under another name).</summary>
    public bool SawLinks => _sawLinks;

    /// <summary>The immediate files, sorted ordinally.</summary>
    public IEnumerable<string> Files(string directory) => List(directory).Files;

    // One directory read, with the kind of each entry taken from the listing itself: no extra
    // stat or readlink per file, except for symbolic links, which are checked (and reported once).
    private (List<string> Directories, List<string> Files) List(string directory)
    {
        if (_listings.TryGetValue(directory, out var listing))
        {
            return listing;
        }

        listing = ([], []);
        if (Directory.Exists(directory))
        {
            var entries = (IEnumerable<(string Path, bool IsDirectory, bool IsLink)>?)ReadDirectory(directory) ?? new FileSystemEnumerable<(string Path, bool IsDirectory, bool IsLink)>(
                directory,
                (ref FileSystemEntry e) => (e.ToFullPath(), e.IsDirectory, (e.Attributes & FileAttributes.ReparsePoint) != 0),
                Options);
            foreach (var (path, isDirectory, isLink) in entries)
            {
                if (!Path.GetFileName(path).StartsWith('.') && (!isLink || LinkStaysInside(path)))
                {
                    if (isLink)
                    {
                        _sawLinks = true;
                    }

                    (isDirectory ? listing.Directories : listing.Files).Add(path);
                }
            }

            listing.Directories.Sort(StringComparer.Ordinal);
            listing.Files.Sort(StringComparer.Ordinal);
        }

        _listings[directory] = listing;
        return listing;
    }

    // Linux: the entries of one folder with their kind from the listing itself (d_type). .NET's
    // enumerator answers "is it a link?" with an lstat of every entry, which was a third of
    // discovering 12,000 posts. Null when the folder cannot be read this way; the caller then
    // uses .NET's enumerator (which also skips a folder it may not read).
    private static unsafe List<(string Path, bool IsDirectory, bool IsLink)>? ReadDirectory(string directory)
    {
        const byte Unknown = 0, Folder = 4, File = 8, Link = 10; // DT_UNKNOWN, DT_DIR, DT_REG, DT_LNK
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        nint handle;
        try
        {
            handle = OpenDirectory(directory);
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        if (handle == 0)
        {
            return null;
        }

        try
        {
            var entries = new List<(string Path, bool IsDirectory, bool IsLink)>();
            for (var entry = NextEntry(handle); entry != 0; entry = NextEntry(handle))
            {
                // struct dirent on 64-bit Linux (glibc and musl): d_ino, d_off (8 bytes each),
                // d_reclen (2), d_type (1), then the name.
                var type = *(byte*)(entry + 18);
                var name = System.Text.Encoding.UTF8.GetString(System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*)(entry + 19)));
                if (name is "." or "..")
                {
                    continue;
                }

                var path = Path.Join(directory, name);
                entries.Add(type switch
                {
                    Folder => (path, true, false),
                    File => (path, false, false),
                    Link => (path, Directory.Exists(path), true),
                    Unknown => (path, Directory.Exists(path), new FileInfo(path).LinkTarget is not null),
                    _ => (path, false, false), // a FIFO, socket or device: a file to the caller, as before
                });
            }

            return entries;
        }
        finally
        {
            _ = CloseDirectory(handle);
        }
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "opendir", StringMarshalling = System.Runtime.InteropServices.StringMarshalling.Utf8)]
    private static partial nint OpenDirectory(string path);

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "readdir")]
    private static partial nint NextEntry(nint directory);

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "closedir")]
    private static partial int CloseDirectory(nint directory);

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

    private bool LinkStaysInside(string path)
    {
        if (Text.PathScope.LinkStaysInside(path, _contentRoot))
        {
            return true;
        }

        diagnostics.Report(DiagnosticCodes.LinkOutsideContent, new SourceLocation(Display(path)), Display(path));
        return false;
    }
}
