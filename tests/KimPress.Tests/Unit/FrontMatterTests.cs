using KimPress.Content;

namespace KimPress.Tests.Unit;

public sealed class FrontMatterTests
{
    [Fact]
    public void Splits_yaml_and_body_with_line_numbers()
    {
        var parts = FrontMatter.Split("---\ntitle: A\ndate: 2024-01-01\n---\nBody\n");
        Assert.Equal("title: A\ndate: 2024-01-01\n", parts.Yaml);
        Assert.Equal(2, parts.YamlFirstLine);
        Assert.Equal("Body\n", parts.Body);
        Assert.Equal(5, parts.BodyFirstLine);
    }

    [Fact]
    public void Accepts_dots_as_the_closing_line()
    {
        var parts = FrontMatter.Split("---\ntitle: A\n...\nBody");
        Assert.Equal("title: A\n", parts.Yaml);
        Assert.Equal("Body", parts.Body);
    }

    [Theory]
    [InlineData("title: A\n---\nBody")]
    [InlineData("---\ntitle: A\nBody without closing")]
    [InlineData("")]
    public void Without_a_complete_block_there_is_no_front_matter(string text) => Assert.Null(FrontMatter.Split(text).Yaml);
}
