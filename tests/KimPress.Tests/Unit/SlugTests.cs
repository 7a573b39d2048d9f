using KimPress.Text;

namespace KimPress.Tests.Unit;

public sealed class SlugTests
{
    [Theory]
    [InlineData("kim-sukamaju", true)]
    [InlineData("a1", true)]
    [InlineData("Kim-Sukamaju", false)]
    [InlineData("-kim", false)]
    [InlineData("kim-", false)]
    [InlineData("kim--a", false)]
    [InlineData("kim_a", false)]
    [InlineData("../etc", false)]
    [InlineData("kim a", false)]
    [InlineData("", false)]
    public void Validates(string text, bool valid) => Assert.Equal(valid, Slug.IsValid(text));

    [Theory]
    [InlineData("Posyandu Balita, Desa Kalianyar!", "posyandu-balita-desa-kalianyar")]
    [InlineData("  Café Désa  ", "cafe-desa")]
    [InlineData("HUT RI ke-80", "hut-ri-ke-80")]
    [InlineData("???", "tulisan")]
    public void Slugifies(string text, string expected) => Assert.Equal(expected, Slug.Slugify(text));

    [Fact]
    public void Slugify_always_gives_a_valid_slug()
    {
        foreach (var text in new[] { "a--b", "-x-", "日本語", "x/../y", "Ünïcödé 123" })
        {
            Assert.True(Slug.IsValid(Slug.Slugify(text)), text);
        }
    }
}
