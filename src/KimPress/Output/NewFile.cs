using System.Runtime.InteropServices;

namespace KimPress.Output;

/// <summary>
/// Creates a file that must not exist yet and writes it whole. On Linux it is three system calls
/// (open, write, close): .NET's file handles add an fstat, a seek and an advisory lock and
/// unlock to every file, which at 130,000 pages a build is measurable. Elsewhere .NET does it.
/// </summary>
internal static unsafe partial class NewFile
{
    // Linux's values, the same on x86-64 and arm64 (asm-generic).
    private const int WriteOnly = 0x1, Create = 0x40, Exclusive = 0x80, CloseOnExec = 0x80000;
    private const int Interrupted = 4; // EINTR
    private const int ReadWriteForAll = 0x1B6; // 0666, less the umask, as .NET creates files

    /// <summary>Writes <paramref name="content"/> to the new file <paramref name="path"/>; an existing file is an error.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        if (!OperatingSystem.IsLinux())
        {
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, content, 0);
            return;
        }

        var fd = Open(path, WriteOnly | Create | Exclusive | CloseOnExec, ReadWriteForAll);
        if (fd < 0)
        {
            throw Failure(path);
        }

        // Nothing in the loop throws: the descriptor is closed on every path below.
        var error = 0;
        fixed (byte* start = content)
        {
            var written = 0;
            while (written < content.Length && error == 0)
            {
                var n = WriteBytes(fd, start + written, content.Length - written);
                if (n >= 0)
                {
                    written += (int)n;
                }
                else if (Marshal.GetLastPInvokeError() != Interrupted)
                {
                    error = Marshal.GetLastPInvokeError();
                }
            }
        }

        // A failing close can mean the bytes never arrived (a network file system): an error too.
        if (CloseFile(fd) < 0 && error == 0 && Marshal.GetLastPInvokeError() != Interrupted)
        {
            error = Marshal.GetLastPInvokeError();
        }

        if (error != 0)
        {
            throw new IOException($"{Marshal.GetPInvokeErrorMessage(error)}: {path}");
        }
    }

    private static IOException Failure(string path) =>
        new($"{Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}: {path}");

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static partial nint WriteBytes(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int CloseFile(int fd);
}
