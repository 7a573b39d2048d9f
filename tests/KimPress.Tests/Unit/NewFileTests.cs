using KimPress.Output;

namespace KimPress.Tests.Unit;

public sealed class NewFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kimpress-newfile-").FullName;

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(3_000_000)]
    public void Writes_the_bytes_whole(int length)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
        var path = Path.Combine(_folder, "halaman.html");

        NewFile.Write(path, bytes);

        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void An_existing_file_is_an_error_and_is_left_as_it_was()
    {
        var path = Path.Combine(_folder, "ada.html");
        File.WriteAllText(path, "lama");

        var error = Assert.ThrowsAny<IOException>(() => NewFile.Write(path, "baru"u8));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal("lama", File.ReadAllText(path));
    }

    [Fact]
    public void A_missing_folder_is_an_error()
    {
        Assert.ThrowsAny<IOException>(() => NewFile.Write(Path.Combine(_folder, "tidak-ada", "x.html"), "x"u8));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
