using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KimPress.Text;

/// <summary>Writes exactly <c>destination.Length</c> bytes of UTF-8 into <paramref name="destination"/>.</summary>
/// <param name="destination">Where the bytes go.</param>
public delegate void Utf8Fill(Span<byte> destination);

/// <summary>
/// A <see cref="TextWriter"/> that encodes straight into a growable UTF-8 buffer, for HTML that
/// ends up as bytes anyway (a post body on its way to the body store, a page on its way to
/// disk): no string is built, and one writer is reused document after document on a thread.
/// Bytes that are already UTF-8 can be copied in as they are.
/// </summary>
public sealed class Utf8Writer : TextWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    // U+FFFD, what an unpaired surrogate becomes.
    private static ReadOnlySpan<byte> Replacement => [0xEF, 0xBF, 0xBD];

    private byte[] _buffer;
    private int _length;

    // The first half of a surrogate pair that ended the last write and waits for its second half.
    private char _pendingHighSurrogate;

    /// <summary>Creates a writer with room for <paramref name="capacity"/> bytes before it grows.</summary>
    public Utf8Writer(int capacity = 16 * 1024)
        : base(System.Globalization.CultureInfo.InvariantCulture)
    {
        _buffer = new byte[capacity];
        NewLine = "\n";
    }

    /// <inheritdoc />
    public override Encoding Encoding => Utf8NoBom;

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>The bytes written since the last <see cref="Clear"/>, valid until the writer is written to or cleared again.</summary>
    public ReadOnlyMemory<byte> WrittenMemory => _buffer.AsMemory(0, _length);

    /// <summary>Starts again with nothing written (the buffer is kept).</summary>
    public void Clear()
    {
        _length = 0;
        _pendingHighSurrogate = '\0';
    }

    /// <inheritdoc />
    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    /// <inheritdoc />
    public override void Write(string? value) => Write(value.AsSpan());

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<char> buffer)
    {
        if (buffer.IsEmpty)
        {
            return;
        }

        // A surrogate pair split between two calls is joined here; templates write a value at a
        // time, so this is rare, and everything else goes straight through the vectorised transcoder.
        if (_pendingHighSurrogate != '\0')
        {
            var high = _pendingHighSurrogate;
            _pendingHighSurrogate = '\0';
            if (char.IsLowSurrogate(buffer[0]))
            {
                Transcode([high, buffer[0]]);
                buffer = buffer[1..];
            }
            else
            {
                WriteReplacement();
            }
        }

        Transcode(buffer);
    }

    private void Transcode(ReadOnlySpan<char> chars)
    {
        // At most three bytes per UTF-16 code unit (a surrogate pair: two units, four bytes).
        Reserve(chars.Length * 3);
        var status = Utf8.FromUtf16(chars, _buffer.AsSpan(_length), out var read, out var written,
            replaceInvalidSequences: true, isFinalBlock: false);
        _length += written;
        if (status == OperationStatus.NeedMoreData)
        {
            // Only a high surrogate at the very end is left unread.
            _pendingHighSurrogate = chars[read];
        }
    }

    private void WriteReplacement()
    {
        Reserve(Replacement.Length);
        Replacement.CopyTo(_buffer.AsSpan(_length));
        _length += Replacement.Length;
    }

    /// <summary>Copies bytes that are already UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> bytes)
    {
        // Whatever half of a surrogate pair is pending cannot be completed any more.
        Flush();
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>Appends <paramref name="length"/> bytes that are already UTF-8, which <paramref name="fill"/> writes in place.</summary>
    public void WriteUtf8(int length, Utf8Fill fill)
    {
        Flush();
        Reserve(length);
        fill(_buffer.AsSpan(_length, length));
        _length += length;
    }

    /// <summary>The number of bytes written since the last <see cref="Clear"/>.</summary>
    public int Length => _length;

    /// <summary>Takes back what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length)
    {
        Flush();
        _length = Math.Clamp(length, 0, _length);
    }

    /// <summary>Ends what is pending: a lone half of a surrogate pair becomes U+FFFD.</summary>
    public override void Flush()
    {
        if (_pendingHighSurrogate != '\0')
        {
            _pendingHighSurrogate = '\0';
            WriteReplacement();
        }
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => Encoding.UTF8.GetString(Written);

    private void Reserve(int more)
    {
        if (_buffer.Length - _length >= more)
        {
            return;
        }

        Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
    }
}
