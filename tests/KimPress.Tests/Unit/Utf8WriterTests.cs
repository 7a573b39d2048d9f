using System.Text;
using KimPress.Text;

namespace KimPress.Tests.Unit;

public sealed class Utf8WriterTests
{
    private static readonly string Replacement = "\uFFFD";

    [Theory]
    [InlineData("Kabar dari Desa Sukamaju")]
    [InlineData("Łódź, café, 日本語, emoji 🙂 and 👩‍🌾")]
    [InlineData("")]
    public void Text_written_in_pieces_is_the_same_UTF_8_as_in_one_go(string text)
    {
        for (var piece = 1; piece <= 4; piece++)
        {
            var writer = new Utf8Writer(capacity: 4);
            for (var i = 0; i < text.Length; i += piece)
            {
                writer.Write(text.AsSpan(i, Math.Min(piece, text.Length - i)));
            }

            writer.Flush();
            Assert.Equal(Encoding.UTF8.GetBytes(text), writer.Written.ToArray());
        }
    }

    [Fact]
    public void A_surrogate_pair_split_between_two_writes_is_joined()
    {
        var emoji = "🙂";
        var writer = new Utf8Writer();
        writer.Write("a" + emoji[0]);
        writer.Write(emoji[1] + "b");
        writer.Flush();

        Assert.Equal("a🙂b", writer.ToString());
    }

    // Lone surrogates survive neither attribute arguments nor xunit's test-case serialisation
    // (both are UTF-8), so the theory takes a case number and the cases are built here.
    private static readonly (string First, string Second, string Expected)[] UnpairedSurrogateCases =
    [
        ("a" + (char)0xD83D, "b", "a\uFFFDb"),
        ("a" + (char)0xDE42, "b", "a\uFFFDb"),
        ("a" + (char)0xD83D, "🙂", "a\uFFFD🙂"),
        ("a", new string([(char)0xDE42, (char)0xD83D]), "a\uFFFD\uFFFD"),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Unpaired_surrogates_become_the_replacement_character(int number)
    {
        var (first, second, expected) = UnpairedSurrogateCases[number];
        var writer = new Utf8Writer();
        writer.Write(first);
        writer.Write(second);
        writer.Flush();

        Assert.Equal(Encoding.UTF8.GetBytes(expected), writer.Written.ToArray());
        Assert.Contains(Replacement, writer.ToString());
    }

    [Fact]
    public void Bytes_copied_in_end_a_pending_half_pair_and_clear_forgets_it()
    {
        var writer = new Utf8Writer();
        writer.Write("x" + (char)0xD83D);
        writer.WriteUtf8("<p>"u8);
        Assert.Equal("x\uFFFD<p>", writer.ToString());

        writer.Write(((char)0xD83D).ToString());
        writer.Clear();
        writer.Write(((char)0xDE42).ToString());
        writer.Flush();
        Assert.Equal(Replacement, writer.ToString());
    }
}
