using KimPress.Build;
using KimPress.Output;
using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

/// <summary>What one KIM commits cannot break the site for others, escape the output, or script a reader's browser.</summary>
public sealed class IsolationTests
{
    [Fact]
    public void Skip_invalid_publishes_everything_else_and_lists_what_was_left_out()
    {
        using var site = MiniSite.Basic()
            .With("content/kim-sukamaju/posts/2024-05-01-rusak.md", "---\ntitle: Rusak\ntitel: x\n---\nx\n")
            .With("content/kim-mekarsari/kim.yml", "name: KIM Mekar Sari\ndesa: Tidak Ada\nkecamatan: bangil\ncluster: klaster-selatan\n");
        var built = site.Build(o => o with { SkipInvalid = true });

        Assert.True(built.Result.Succeeded);
        Assert.Equal(0, built.Result.ExitCode);
        Assert.Equal(["content/kim-mekarsari/kim.yml", "content/kim-sukamaju/posts/2024-05-01-rusak.md"], built.Result.LeftOut);
        Assert.True(built.Has("kim-sukamaju/posyandu-aktif/index.html"));
        Assert.False(built.Has("kim-sukamaju/rusak/index.html"));
        Assert.False(built.Has("kim-mekarsari/index.html"));
        Assert.DoesNotContain("Pasar Desa Kersikan", built.Text("index.html"));
    }

    [Fact]
    public void Skip_invalid_still_stops_on_configuration_errors()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("language: id", "language: jawa"));
        var built = site.Build(o => o with { SkipInvalid = true });

        Assert.Equal(2, built.Result.ExitCode);
        Assert.Empty(built.Output.Files);
    }

    [Fact]
    public void Strict_turns_warnings_into_a_failed_build()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-tanpa.md", "---\ntitle: Tanpa ringkasan\n---\nx\n");
        Assert.True(site.Build().Result.Succeeded);
        var strict = site.Build(o => o with { Strict = true });
        Assert.Equal(1, strict.Result.ExitCode);
        Assert.Empty(strict.Output.Files);
    }

    [Fact]
    public void A_bom_and_crlf_file_builds_exactly_like_a_plain_one()
    {
        const string Post = "---\ntitle: Kabar Windows\nsummary: Ditulis di Notepad.\ntags: [uji]\n---\nBaris satu.\n\n## Judul\n\n- a\n- b\n";
        using var plain = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-windows.md", Post);
        using var windows = MiniSite.Basic().WithBytes("content/kim-sukamaju/posts/2024-05-01-windows.md",
            [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Post.Replace("\n", "\r\n", StringComparison.Ordinal))]);

        var a = plain.Build().AssertSucceeded();
        var b = windows.Build().AssertSucceeded();
        Assert.Equal(a.Text("kim-sukamaju/windows/index.html"), b.Text("kim-sukamaju/windows/index.html"));
        Assert.Empty(b.Result.Diagnostics);
    }

    [Fact]
    public void Iframes_survive_only_from_the_embed_allowlist_in_site_yml()
    {
        const string Body = "---\ntitle: Video\nsummary: s\n---\n<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>\n\n<iframe src=\"https://video.kab.example/embed/1\"></iframe>\n";
        using var byDefault = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-video.md", Body);
        var html = byDefault.Build().AssertSucceeded().Page("kim-sukamaju/video/index.html");
        Assert.Equal(["https://www.youtube.com/embed/abc"], html.QuerySelectorAll(".body iframe").Select(f => f.GetAttribute("src")));
        Assert.All(html.QuerySelectorAll(".body iframe"), f => Assert.False(string.IsNullOrEmpty(f.GetAttribute("sandbox"))));

        using var custom = MiniSite.Basic()
            .With("site.yml", MiniSite.SiteYml + "\nembeds: [\"https://video.kab.example/embed/\"]\n")
            .With("content/kim-sukamaju/posts/2024-05-01-video.md", Body);
        var customHtml = custom.Build().AssertSucceeded().Page("kim-sukamaju/video/index.html");
        Assert.Equal(["https://video.kab.example/embed/1"], customHtml.QuerySelectorAll(".body iframe").Select(f => f.GetAttribute("src")));
    }

    [Fact]
    public void Raster_data_images_are_kept_other_data_urls_are_not()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-data.md",
            "---\ntitle: Data\nsummary: s\n---\n<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"titik\"> <img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"svg\"> <a href=\"data:text/html,x\">x</a>\n");
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/data/index.html");

        Assert.Equal("data:image/png;base64,iVBORw0KGgo=", page.QuerySelector(".body img[alt=titik]")!.GetAttribute("src"));
        Assert.Null(page.QuerySelector(".body img[alt=svg]")!.GetAttribute("src"));
        Assert.Null(page.QuerySelector(".body a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_successful_build_changes_nothing_outside_its_output_folder()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var parent = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-out");
        var output = Path.Combine(parent, "situs");
        Directory.CreateDirectory(parent);
        File.WriteAllText(Path.Combine(parent, "tetangga.txt"), "tetap");
        try
        {
            var sourceBefore = CliRunner.Snapshot(site.Root);
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, OutputDirectory = output, Now = MiniSite.Now });
            Assert.True(result.Succeeded);
            var second = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, OutputDirectory = output, Now = MiniSite.Now });
            Assert.True(second.Succeeded);

            Assert.Equal(sourceBefore, CliRunner.Snapshot(site.Root));
            Assert.Equal(["situs", "tetangga.txt"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_identical()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var output = Path.Combine(site.Root, "public");
        Assert.True(SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, OutputDirectory = output, Now = MiniSite.Now }).Succeeded);
        var before = CliRunner.Snapshot(output);

        site.With("content/kim-sukamaju/posts/2024-05-01-rusak.md", "---\ntitle: [\n---\n").Materialize();
        var failed = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, OutputDirectory = output, Now = MiniSite.Now });

        Assert.False(failed.Succeeded);
        Assert.Equal(before, CliRunner.Snapshot(output));
        Assert.Equal([".kimpress-cache", "content", "public", "site.yml"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_site_without_any_content_still_builds()
    {
        using var site = new MiniSite(new Dictionary<string, string> { ["site.yml"] = MiniSite.SiteYml });
        var built = site.Build().AssertSucceeded();

        Assert.Contains("Belum ada tulisan.", built.Text("index.html"));
        Assert.True(built.Has("kim/index.html"));
    }

    [Fact]
    public void A_content_folder_that_is_a_link_to_elsewhere_is_refused()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var elsewhere = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-rahasia");
        Directory.CreateDirectory(Path.Combine(elsewhere, "kim-x"));
        File.WriteAllText(Path.Combine(elsewhere, "kim-x", "kunci.txt"), "rahasia");
        try
        {
            Directory.Move(Path.Combine(site.Root, "content"), Path.Combine(site.Root, "content-asli"));
            Directory.CreateSymbolicLink(Path.Combine(site.Root, "content"), elsewhere);
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = new MemoryOutput(), Now = MiniSite.Now });

            Assert.False(result.Succeeded);
            Assert.Equal("KP0215 content", $"{result.Diagnostics.Single().Code} {result.Diagnostics.Single().Location}");
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public void Hostile_file_names_stay_inside_the_output()
    {
        using var site = MiniSite.Basic()
            .WithBytes("content/kim-sukamaju/posts/2024-05-01-foto/foto#1 ?.png", [1, 2, 3])
            .WithBytes("content/kim-sukamaju/posts/2024-05-01-foto/..rahasia.png", [4, 5, 6])
            .With("content/kim-sukamaju/posts/2024-05-01-foto/index.md", "---\ntitle: Foto\nsummary: s\nimage: \"foto#1 ?.png\"\nimage_alt: Foto\n---\n![Foto](foto%231%20%3F.png)\n");
        var built = site.Build().AssertSucceeded();

        Assert.True(built.Has("kim-sukamaju/foto/foto#1 ?.png"));
        Assert.DoesNotContain(built.Output.Files.Keys, k => k.Contains("rahasia", StringComparison.Ordinal));
        var page = built.Page("kim-sukamaju/foto/index.html");
        Assert.Equal("/kim-sukamaju/foto/foto%231%20%3F.png", page.QuerySelector(".body img")!.GetAttribute("src"));
        Assert.Equal("/kim-sukamaju/foto/foto%231%20%3F.png", page.QuerySelector(".cover img")!.GetAttribute("src"));
    }
}
