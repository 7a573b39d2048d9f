using KimPress.Text;
using Scriban.Runtime;

namespace KimPress.Rendering;

/// <summary>
/// Where a page is rendered: Scriban's text goes straight into UTF-8 bytes, and HTML that is
/// already UTF-8 (a stored post body, a cached card) is copied in as it is. A page never exists
/// as a string, and the buffer is reused page after page on the same thread.
/// </summary>
internal sealed class Utf8Output : IScriptOutput, IDisposable
{
    private readonly Utf8Writer _writer = new(64 * 1024);

    /// <summary>The bytes written since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            _writer.Flush();
            return _writer.Written;
        }
    }

    /// <summary>Starts again with nothing written (the buffer is kept).</summary>
    public void Clear() => _writer.Clear();

    /// <inheritdoc />
    public void Write(string text, int offset, int count) => _writer.Write(text.AsSpan(offset, count));

    /// <inheritdoc />
    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Copies bytes that are already UTF-8.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> bytes) => _writer.WriteUtf8(bytes);

    /// <summary>Appends <paramref name="length"/> bytes of UTF-8 that <paramref name="fill"/> writes in place.</summary>
    public void WriteUtf8(int length, Utf8Fill fill) => _writer.WriteUtf8(length, fill);

    /// <summary>Bytes written since the last <see cref="Clear"/>.</summary>
    public int Length => _writer.Length;

    /// <summary>Takes back what was written after the first <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _writer.Truncate(length);

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    /// <summary>The text written so far (for tests and error messages; pages never need it).</summary>
    public override string ToString() => _writer.ToString();
}
