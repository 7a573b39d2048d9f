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
        try
        {
            // One open, one fstat, one read: every build reads every source file to hash it.
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                diagnostics.Report(DiagnosticCodes.FileTooLarge, new SourceLocation(displayPath),
                    (length / 1024).ToString(CultureInfo.InvariantCulture), (maxBytes / 1024).ToString(CultureInfo.InvariantCulture));
                return null;
            }

            var bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0)
                {
                    // The file shrank while it was read: use what is there.
                    return bytes[..read];
                }

                read += n;
            }

            return bytes;
        }
        catch (IOException ex)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(displayPath), ex.Message);
            return null;
        }
        catch (UnauthorizedAccessException ex)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(displayPath), ex.Message);
            return null;
        }
    }

    /// <summary>Decodes bytes as <see cref="Read"/> does.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        if (bytes.IsEmpty || bytes.Trim(" \t\r\n"u8).IsEmpty)
        {
            diagnostics.Report(DiagnosticCodes.EmptyFile, new SourceLocation(displayPath));
            return null;
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Report(DiagnosticCodes.BinaryFile, new SourceLocation(displayPath, LineOf(bytes, nul)));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = ex.Index >= 0 ? LineOf(bytes, ex.Index) : 0;
            diagnostics.Report(DiagnosticCodes.NotUtf8, new SourceLocation(displayPath, line), line.ToString(CultureInfo.InvariantCulture));
            return null;
        }

        return text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
    }

    private static int LineOf(ReadOnlySpan<byte> bytes, int index) => bytes[..Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;
}
