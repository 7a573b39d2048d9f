using System.Text;
using KimPress.Content;

namespace KimPress.Tests.Unit;

public sealed class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_and_body_with_line_numbers()
    {
        var parts = FrontMatter.Split("---\ntitle: A\ndate: 2024-01-01\n---\nBody\n"u8);
        Assert.Equal("title: A\ndate: 2024-01-01\n", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal("Body\n", parts.Body);
        Assert.Equal(5, parts.BodyFirstLine);
    }

    [Fact]
    public void Accepts_dots_as_the_closing_line()
    {
        var parts = FrontMatter.Split("---\ntitle: A\n...\nBody"u8);
        Assert.Equal("title: A\n", parts.Yaml);
        Assert.Equal("Body", parts.Body);
    }

    [Theory]
    [InlineData("---\ntitle: A\n---   \nBody", "Body")]
    [InlineData("---\ntitle: A\n---\t\u00A0\u3000\nBody", "Body")]
    [InlineData("---\ntitle: Ä\n---", "")]
    public void A_closing_line_may_end_in_white_space_of_any_kind(string text, string body)
    {
        var parts = FrontMatter.Split(Encoding.UTF8.GetBytes(text));
        Assert.NotNull(parts.Yaml);
        Assert.Equal(body, parts.Body);
    }

    [Fact]
    public void Text_outside_ascii_is_split_on_characters_not_bytes()
    {
        var parts = FrontMatter.Split("---\ntitle: Łódź — 日本\n---\nİstanbul ✓\n"u8);
        Assert.Equal("title: Łódź — 日本\n", parts.Yaml);
        Assert.Equal("İstanbul ✓\n", parts.Body);
        Assert.Equal(4, parts.BodyFirstLine);
    }

    [Theory]
    [InlineData("title: A\n---\nBody")]
    [InlineData("---\ntitle: A\nBody without closing")]
    [InlineData("---\ntitle: A\n---x\nBody without closing")]
    [InlineData("")]
    public void Without_a_complete_block_there_is_no_front_matter(string text)
    {
        var parts = FrontMatter.Split(Encoding.UTF8.GetBytes(text));
        Assert.Null(parts.Yaml);
        Assert.Equal(text, parts.Body);
        Assert.Equal(1, parts.BodyFirstLine);
    }
}
