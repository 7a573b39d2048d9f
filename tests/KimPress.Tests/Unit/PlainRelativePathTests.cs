using KimPress.Output;
using Xunit;

namespace KimPress.Tests.Unit;

/// <summary>
/// Which output paths an incremental build may ask about without resolving them first: only
/// names joined by '/', which cannot leave the folder they are taken relative to.
/// </summary>
public class PlainRelativePathTests
{
    [Theory]
    [InlineData("index.html")]
    [InlineData("kim-sukamaju/posyandu-aktif/index.html")]
    [InlineData("tag/kesehatan/page/2/index.html")]
    [InlineData("assets/..style.css")]
    [InlineData("a/.hidden/b")]
    public void Names_joined_by_slashes_are_plain(string path) => Assert.True(DirectoryOutput.IsPlainRelative(path));

    [Theory]
    [InlineData("")]
    [InlineData("/etc/passwd")]
    [InlineData("../outside/index.html")]
    [InlineData("kim/../../outside")]
    [InlineData("kim/./index.html")]
    [InlineData("kim//index.html")]
    [InlineData("kim/")]
    [InlineData(".")]
    [InlineData("..")]
    [InlineData("kim\\..\\x")]
    [InlineData("kim/a\0b")]
    public void Anything_that_could_leave_or_bend_the_folder_is_not(string path) => Assert.False(DirectoryOutput.IsPlainRelative(path));
}
