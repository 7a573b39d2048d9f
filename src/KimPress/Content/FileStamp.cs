using System.Runtime.InteropServices;

namespace KimPress.Content;

/// <summary>
/// What the file system says about a file without reading it: inode, size, and the times of its
/// last content change (mtime) and last change of any kind (ctime), to the nanosecond. A later
/// build that finds the same stamp knows the bytes are those it read before, the way git's index
/// does: ctime cannot be set back by any program, and a replaced file has a new inode.
/// </summary>
/// <param name="Inode">The inode number.</param>
/// <param name="Size">The size in bytes.</param>
/// <param name="Modified">mtime, in nanoseconds since 1970.</param>
/// <param name="Changed">ctime, in nanoseconds since 1970.</param>
public readonly partial record struct FileStamp(ulong Inode, long Size, long Modified, long Changed)
{
    // A stamp is trusted only when the file had not changed for this long before the build that
    // read it: the file system's clock ticks coarsely, and a write in the same tick as an earlier
    // one could otherwise leave the stamp unchanged ("racily clean" in git's words).
    private const long SettledNanoseconds = 2_000_000_000;

    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint BasicStats = 0x7ff; // STATX_BASIC_STATS
    private const uint Needed = 0x40 | 0x80 | 0x100 | 0x200; // STATX_MTIME | STATX_CTIME | STATX_INO | STATX_SIZE

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    /// <summary>
    /// The stamp of <paramref name="path"/> (following links, as reading does), or null when it
    /// cannot be had: not Linux, no statx, or the file cannot be examined.
    /// </summary>
    public static FileStamp? Of(string path)
    {
        if (s_unavailable)
        {
            return null;
        }

        try
        {
            Span<byte> buffer = stackalloc byte[256];
            if (Statx(CurrentDirectory, path, 0, BasicStats, ref MemoryMarshal.GetReference(buffer)) != 0
                || (MemoryMarshal.Read<uint>(buffer) & Needed) != Needed)
            {
                return null;
            }

            // struct statx is laid out the same on every Linux architecture: ino at 32, size at
            // 40, then the timestamps atime, btime, ctime (96), mtime (112), 16 bytes each.
            return new FileStamp(
                Inode: MemoryMarshal.Read<ulong>(buffer[32..]),
                Size: MemoryMarshal.Read<long>(buffer[40..]),
                Modified: Nanoseconds(buffer[112..]),
                Changed: Nanoseconds(buffer[96..]));
        }
        catch (EntryPointNotFoundException)
        {
            s_unavailable = true;
            return null;
        }
    }

    /// <summary>
    /// True when this stamp may stand for the file's bytes in a later build: the file had last
    /// changed well before <paramref name="buildStarted"/> (Unix time in nanoseconds).
    /// </summary>
    public bool SettledBefore(long buildStarted) =>
        Modified < buildStarted - SettledNanoseconds && Changed < buildStarted - SettledNanoseconds;

    /// <summary>Now, in the stamps' unit.</summary>
    public static long Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    private static long Nanoseconds(ReadOnlySpan<byte> timestamp) =>
        (MemoryMarshal.Read<long>(timestamp) * 1_000_000_000) + MemoryMarshal.Read<uint>(timestamp[8..]);

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, ref byte buffer);
}
