using System.Globalization;
using System.Text;
using KimPress.Diagnostics;

namespace KimPress.Content;

/// <summary>
/// Reads a text file the way KIM members' editors write them: UTF-8 with or without BOM,
/// LF or CRLF. Anything else (another encoding, binary data, an empty or huge file) is
/// reported instead of being misread.
/// </summary>
public static class SourceText
{
    /// <summary>The default largest text file accepted, in bytes (2 MiB).</summary>
    public const int DefaultMaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Returns the file's text with the BOM removed and line endings as LF, or null after
    /// reporting why it cannot be used. <paramref name="displayPath"/> names it in diagnostics.
    /// </summary>
    public static string? Read(string path, string displayPath, DiagnosticBag diagnostics, int maxBytes = DefaultMaxBytes)
    {
        var bytes = ReadBytes(path, displayPath, diagnostics, maxBytes);
        return bytes is null ? null : Decode(bytes, displayPath, diagnostics);
    }

    /// <summary>The file's bytes, or null after reporting that it is too large or unreadable.</summary>
    public static byte[]? ReadBytes(string path, string displayPath, DiagnosticBag diagnostics, int maxBytes = DefaultMaxBytes)
    {
        byte[]? buffer = null;
        return TryReadBytes(path, displayPath, diagnostics, maxBytes, ref buffer, out var length) ? buffer.AsSpan(0, length).ToArray() : null;
    }

    /// <summary>
    /// Reads the file into <paramref name="buffer"/> (made bigger when it is too small, so a caller
    /// that reads many files can keep one); false after reporting that it is too large or unreadable.
    /// </summary>
    public static bool TryReadBytes(string path, string displayPath, DiagnosticBag diagnostics, int maxBytes, [System.Diagnostics.CodeAnalysis.NotNull] ref byte[]? buffer, out int length)
    {
        buffer ??= [];
        length = 0;
        try
        {
            // One open, one fstat, one read: every build reads every source file to hash it.
            // FileShare.ReadWrite: on Linux, .NET enforces FileShare.Read with an advisory lock and
            // unlock around every read — two system calls per file that protect nothing here
            // (an editor saving meanwhile makes a new file, and the stamp catches a file in flux).
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var size = RandomAccess.GetLength(handle);
            if (size > maxBytes)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, new SourceLocation(displayPath),
                    (size / 1024).ToString(CultureInfo.InvariantCulture), (maxBytes / 1024).ToString(CultureInfo.InvariantCulture));
                return false;
            }

            if (buffer.Length < size)
            {
                buffer = new byte[Math.Max(size, Math.Min(maxBytes, 2L * buffer.Length))];
            }

            while (length < size)
            {
                var n = RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length);
                if (n == 0)
                {
                    // The file shrank while it was read: use what is there.
                    break;
                }

                length += n;
            }

            return true;
        }
        catch (IOException ex)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(displayPath), ex.Message);
            return false;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(displayPath), ex.Message);
            return false;
        }
    }

    /// <summary>Decodes bytes as <see cref="Read"/> does.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics) =>
        TryNormalize(bytes, displayPath, diagnostics, out var text) ? Encoding.UTF8.GetString(text) : null;

    /// <summary>
    /// Checks bytes as <see cref="Read"/> does and gives them back as the text they hold: valid
    /// UTF-8 without the BOM and with LF line endings (a slice of <paramref name="bytes"/>, copied
    /// only when a line ending had to change). False after reporting why they cannot be used.
    /// </summary>
    public static bool TryNormalize(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty || bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Report(DiagnosticCodes.EmptyFile, new SourceLocation(displayPath));
            return false;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Report(DiagnosticCodes.BinaryFile, new SourceLocation(displayPath, LineOf(bytes, nul)));
            return false;
        }

        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var invalid = InvalidAt(bytes);
            var line = invalid >= 0 ? LineOf(bytes, invalid) : 0;
            diagnostics.Report(DiagnosticCodes.NotUtf8, new SourceLocation(displayPath, line), line.ToString(CultureInfo.InvariantCulture));
            return false;
        }

        text = bytes.Contains((byte)'\r') ? WithLf(bytes) : bytes;
        return true;
    }

    // CRLF and a lone CR both become LF, as editors on any system mean them.
    private static byte[] WithLf(ReadOnlySpan<byte> bytes)
    {
        var result = new byte[bytes.Length];
        var length = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != (byte)'\r')
            {
                result[length++] = bytes[i];
                continue;
            }

            result[length++] = (byte)'\n';
            if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n')
            {
                i++;
            }
        }

        return result[..length];
    }

    // Where the first byte that is not UTF-8 is, the way the strict decoder reports it.
    private static int InvalidAt(ReadOnlySpan<byte> bytes)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return ex.Index;
        }
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;
}
