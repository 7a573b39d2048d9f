using System.Text;

namespace KimPress.Rendering;

/// <summary>
/// The theme's template sources, encoded to UTF-8 once. Scriban writes a template's own text as
/// slices of the very string it parsed, page after page: those slices are copied from here
/// instead of being encoded again for every page (encoding them took 2.4 % of a 12k build).
/// Read-only once built, so shared by all threads.
/// </summary>
internal sealed class EncodedSources
{
    private readonly Dictionary<string, Encoded> _sources = new(ReferenceEqualityComparer.Instance);

    /// <summary>Encodes <paramref name="source"/>, a string given to Scriban to parse.</summary>
    public void Add(string source)
    {
        if (_sources.ContainsKey(source))
        {
            return;
        }

        // Where each character's bytes start; null when every character is one byte.
        int[]? offsets = null;
        if (!Ascii.IsValid(source))
        {
            offsets = new int[source.Length + 1];
            var bytes = 0;
            for (var i = 0; i < source.Length; i++)
            {
                offsets[i] = bytes;
                var c = source[i];
                if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
                {
                    // A pair is four bytes; a slice never starts or ends inside one (see TryGet).
                    offsets[i + 1] = bytes;
                    bytes += 4;
                    i++;
                    continue;
                }

                // A lone surrogate becomes U+FFFD, three bytes, as the encoder makes it.
                bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }

            offsets[source.Length] = bytes;
        }

        _sources[source] = new Encoded(Encoding.UTF8.GetBytes(source), offsets);
    }

    /// <summary>
    /// The UTF-8 of <c>text[offset..offset+count]</c> when <paramref name="text"/> is one of the
    /// sources and the slice does not cut a surrogate pair in two; otherwise false.
    /// </summary>
    public bool TryGet(string text, int offset, int count, out ReadOnlySpan<byte> utf8)
    {
        utf8 = default;
        if (!_sources.TryGetValue(text, out var encoded)
            || count <= 0
            || char.IsLowSurrogate(text[offset])
            || char.IsHighSurrogate(text[offset + count - 1]))
        {
            return false;
        }

        var start = encoded.Offsets?[offset] ?? offset;
        var end = encoded.Offsets?[offset + count] ?? offset + count;
        utf8 = encoded.Utf8.AsSpan(start, end - start);
        return true;
    }

    private sealed record Encoded(byte[] Utf8, int[]? Offsets);
}
