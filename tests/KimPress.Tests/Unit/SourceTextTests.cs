using System.Runtime.InteropServices;
using System.Text;
using KimPress.Content;
using KimPress.Diagnostics;

namespace KimPress.Tests.Unit;

public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\r", "a\nb\n")]
    [InlineData("a\r\r\nb", "a\n\nb")]
    [InlineData("\uFEFFjudul\r\n", "judul\n")]
    [InlineData("Łódź\nok", "Łódź\nok")]
    public void Text_comes_back_without_bom_and_with_lf_line_endings(string file, string expected)
    {
        var diagnostics = new DiagnosticBag();
        Assert.True(SourceText.TryNormalize(Encoding.UTF8.GetBytes(file), "a.md", diagnostics, out var text));
        Assert.Equal(expected, Encoding.UTF8.GetString(text));
        Assert.Equal(0, diagnostics.Count);
    }

    [Fact]
    public void Text_that_needs_no_change_is_not_copied()
    {
        var bytes = "---\ntitle: A\n---\nBody\n"u8.ToArray();
        Assert.True(SourceText.TryNormalize(bytes, "a.md", new DiagnosticBag(), out var text));
        Assert.True(System.Runtime.CompilerServices.Unsafe.AreSame(ref MemoryMarshal.GetReference(text), ref bytes[0]));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_on_their_line()
    {
        var bytes = Encoding.UTF8.GetBytes("---\ntitle: A\n---\n").Concat(new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x0A }).ToArray();
        var diagnostics = new DiagnosticBag();

        Assert.False(SourceText.TryNormalize(bytes, "content/kim-a/posts/x.md", diagnostics, out _));
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal("KP0211", diagnostic.Code);
        Assert.Equal(4, diagnostic.Location.Line);
    }

    [Fact]
    public void A_reused_buffer_grows_and_holds_exactly_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("kimpress-source-");
        try
        {
            var small = Path.Combine(folder.FullName, "small.md");
            var large = Path.Combine(folder.FullName, "large.md");
            File.WriteAllText(small, "kecil");
            File.WriteAllText(large, new string('x', 10_000));
            byte[]? buffer = null;

            Assert.True(SourceText.TryReadBytes(large, "large.md", new DiagnosticBag(), 1 << 20, ref buffer, out var length));
            Assert.Equal(10_000, length);
            Assert.True(SourceText.TryReadBytes(small, "small.md", new DiagnosticBag(), 1 << 20, ref buffer, out length));
            Assert.Equal("kecil", Encoding.UTF8.GetString(buffer, 0, length));

            var diagnostics = new DiagnosticBag();
            Assert.False(SourceText.TryReadBytes(large, "large.md", diagnostics, 1024, ref buffer, out _));
            Assert.Equal("KP0214", Assert.Single(diagnostics.Sorted()).Code);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
