using KimPress.Content;
using KimPress.Diagnostics;

namespace KimPress.Tests.Unit;

public sealed class ContentDiscovererTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "kimpress-discover-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Touch(string path)
    {
        var full = Path.Combine(_root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, "x");
    }

    [Fact]
    public void Classifies_posts_bundles_pages_and_files()
    {
        Touch("content/kim-a/kim.yml");
        Touch("content/kim-a/logo.png");
        Touch("content/kim-a/posts/2024-01-02-flat.md");
        Touch("content/kim-a/posts/2024-01-03-bundle/index.md");
        Touch("content/kim-a/posts/2024-01-03-bundle/foto.jpg");
        Touch("content/kim-a/posts/2024-01-03-bundle/.DS_Store");
        Touch("content/kim-a/pages/jadwal.md");
        Touch("content/_kabupaten/pages/tentang.md");
        Touch("content/_kabupaten/logo.png");

        var diagnostics = new DiagnosticBag();
        var inventory = ContentDiscoverer.Discover(_root, Path.Combine(_root, "content"), diagnostics);

        Assert.Empty(diagnostics.Sorted());
        var kim = Assert.Single(inventory.Kims);
        Assert.Equal("kim-a", kim.Slug);
        Assert.Equal([("flat", false, new DateOnly(2024, 1, 2)), ("bundle", true, new DateOnly(2024, 1, 3))], kim.Posts.Select(p => (p.Slug, p.IsBundle, p.FileDate)).OrderBy(p => p.FileDate));
        Assert.Equal(["kim-a/bundle/foto.jpg", "kim-a/logo.png"], kim.Assets.Select(a => a.OutputPath));
        Assert.Equal("jadwal", Assert.Single(kim.Pages).Slug);
        Assert.Equal("tentang", Assert.Single(inventory.Kabupaten.Pages).Slug);
        Assert.Equal("logo.png", Assert.Single(inventory.Kabupaten.Assets).OutputPath);
    }

    [Fact]
    public void Symbolic_links_out_of_content_are_refused()
    {
        Touch("content/kim-a/kim.yml");
        Touch("rahasia/kunci.txt");
        Directory.CreateDirectory(Path.Combine(_root, "content/kim-a/posts"));
        File.CreateSymbolicLink(Path.Combine(_root, "content/kim-a/posts/curian.txt"), Path.Combine(_root, "rahasia/kunci.txt"));

        var diagnostics = new DiagnosticBag();
        var inventory = ContentDiscoverer.Discover(_root, Path.Combine(_root, "content"), diagnostics);

        Assert.Equal("KP0215", Assert.Single(diagnostics.Sorted()).Code);
        Assert.Empty(inventory.Kims.Single().Assets);
    }
}
