using System.Text;
using Scriban.Runtime;

namespace KimPress.Rendering;

/// <summary>
/// Where a page is rendered: Scriban's text goes straight into UTF-8 bytes, and HTML that is
/// already UTF-8 (a stored post body, a cached card) is copied in as it is. A page never exists
/// as a string, and the buffer is reused page after page on the same thread.
/// </summary>
internal sealed class Utf8Output : IScriptOutput
{
    private byte[] _buffer = new byte[64 * 1024];
    private int _length;

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    /// <summary>Starts again with nothing written (the buffer is kept).</summary>
    public void Clear() => _length = 0;

    /// <inheritdoc />
    public void Write(string text, int offset, int count)
    {
        var chars = text.AsSpan(offset, count);
        Reserve(Encoding.UTF8.GetMaxByteCount(chars.Length));
        _length += Encoding.UTF8.GetBytes(chars, _buffer.AsSpan(_length));
    }

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Copies bytes that are already UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> bytes)
    {
        Reserve(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>The text written so far (for tests and error messages; pages never need it).</summary>
    public override string ToString() => Encoding.UTF8.GetString(Written);

    private void Reserve(int more)
    {
        if (_buffer.Length - _length >= more)
        {
            return;
        }

        var size = Math.Max(_buffer.Length * 2, _length + more);
        Array.Resize(ref _buffer, size);
    }
}
