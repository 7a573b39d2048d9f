using CsCheck;
using KimPress.Rendering;

namespace KimPress.Tests.Unit;

/// <summary>Template text copied from its encoding made once must be the bytes that encoding it on every write gives.</summary>
public sealed class EncodedSourcesTests
{
    // ASCII, two- and three-byte characters, surrogate pairs, and lone halves of pairs.
    private static readonly string[] Pieces = ["<p>", "a", " ", "\n", "·", "é", "日本", "🙂", "👩‍🌾", "\uD83D", "\uDE42", "{{", "}}"];

    [Fact]
    public void Slices_of_a_source_come_out_as_they_would_encoded_one_by_one()
    {
        var gen =
            from parts in Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[1, 20]
            let source = string.Concat(parts)
            from cuts in Gen.Int[0, source.Length].Array[0, 8]
            select (source, cuts);
        gen.Sample(((string Source, int[] Cuts) c) =>
        {
            var sources = new EncodedSources();
            sources.Add(c.Source);
            var bounds = c.Cuts.Append(0).Append(c.Source.Length).Distinct().Order().ToArray();
            var copied = new Utf8Output(sources);
            var encoded = new Utf8Output();
            for (var i = 0; i + 1 < bounds.Length; i++)
            {
                copied.Write(c.Source, bounds[i], bounds[i + 1] - bounds[i]);
                encoded.Write(c.Source, bounds[i], bounds[i + 1] - bounds[i]);
            }

            Assert.Equal(encoded.Written.ToArray(), copied.Written.ToArray());
        }, iter: 20000, threads: 1);
    }

    [Fact]
    public void Only_the_sources_themselves_are_copied()
    {
        var sources = new EncodedSources();
        var source = "<title>{{ page.title }} · {{ site.title }}</title>";
        sources.Add(source);

        Assert.True(sources.TryGet(source, 0, 7, out var title));
        Assert.Equal("<title>"u8.ToArray(), title.ToArray());
        Assert.True(sources.TryGet(source, 23, 3, out var dot));
        Assert.Equal(" · "u8.ToArray(), dot.ToArray());

        // An equal string that is not the one parsed (a value a page writes) is encoded as usual.
        Assert.False(sources.TryGet(new string(source.AsSpan()), 0, 7, out _));
    }
}
