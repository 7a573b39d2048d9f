using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace KimPress.Output;

/// <summary>
/// Asks whether files exist below one folder by paths relative to an open handle of it (Linux
/// <c>statx</c> on a directory descriptor). An incremental build asks this for every page it
/// reuses — 22,000 at 12k posts — and with absolute paths the kernel walked the same eight or
/// nine parent folders every time. Null from <see cref="Open"/> where this is not available; the
/// caller then uses <see cref="File.Exists(string)"/>.
/// </summary>
internal sealed partial class FolderProbe : IDisposable
{
    // O_RDONLY | O_CLOEXEC, the same on every Linux architecture (O_DIRECTORY is not: a path that
    // is not a folder simply makes every question below answer false).
    private const int ReadOnlyDirectory = 0x80000;
    private const uint TypeOnly = 0x1; // STATX_TYPE
    private const int TypeMask = 0xF000, DirectoryType = 0x4000; // S_IFMT, S_IFDIR

    private readonly SafeFileHandle _folder;

    private FolderProbe(SafeFileHandle folder) => _folder = folder;

    /// <summary>A probe of <paramref name="folder"/>, or null when the platform or the folder does not allow one.</summary>
    public static FolderProbe? Open(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var fd = OpenFolder(folder, ReadOnlyDirectory);
            return fd < 0 ? null : new FolderProbe(new SafeFileHandle(fd, ownsHandle: true));
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// True when <paramref name="relativePath"/> (already checked to stay inside the folder) names
    /// something that is not a folder, following links — what <see cref="File.Exists(string)"/> says.
    /// </summary>
    public bool HasFile(string relativePath)
    {
        Span<byte> buffer = stackalloc byte[256];
        var added = false;
        try
        {
            _folder.DangerousAddRef(ref added);
            if (Statx((int)_folder.DangerousGetHandle(), relativePath, 0, TypeOnly, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                return false;
            }
        }
        finally
        {
            if (added)
            {
                _folder.DangerousRelease();
            }
        }

        // struct statx: stx_mask at 0, stx_mode (16 bits) at 28.
        return (MemoryMarshal.Read<uint>(buffer) & TypeOnly) != 0 && (MemoryMarshal.Read<ushort>(buffer[28..]) & TypeMask) != DirectoryType;
    }

    /// <inheritdoc />
    public void Dispose() => _folder.Dispose();

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int OpenFolder(string path, int flags);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}
