using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

/// <summary>Content mistakes: each reported with code, file, line and column; the build fails and writes nothing.</summary>
public sealed class ContentDiagnosticsTests
{
    [Fact]
    public void An_unknown_front_matter_key_names_the_file_line_and_column()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-salah.md", "---\ntitle: Salah\ntitel: Lagi\nsummary: s\n---\nx\n");
        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.Equal(["KP0003 content/kim-sukamaju/posts/2024-05-01-salah.md:3:1"], built.Codes);
        Assert.Empty(built.Output.Files);
    }

    [Fact]
    public void References_to_missing_clusters_kecamatan_and_desa_are_errors_with_suggestions()
    {
        using var site = MiniSite.Basic()
            .With("content/kim-sukamaju/kim.yml", "name: KIM Sukamaju\ndesa: Kalianyar\nkecamatan: bangil\ncluster: klaster-utra\n")
            .With("content/kim-mekarsari/kim.yml", "name: KIM Mekar Sari\ndesa: Kersikann\nkecamatan: bangil\ncluster: klaster-selatan\n");
        var built = site.Build();

        Assert.Equal(["KP0106 content/kim-mekarsari/kim.yml:2:7", "KP0104 content/kim-sukamaju/kim.yml:4:10"], built.Codes);
        Assert.Contains("\"klaster-utara\"", built.Result.Diagnostics[1].Message("id"));
        Assert.Contains("\"Kersikan\"", built.Result.Diagnostics[0].Message("id"));
    }

    [Fact]
    public void A_missing_image_is_reported_at_the_markdown_position()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-foto/index.md", "---\ntitle: Foto\nsummary: s\n---\nTeks.\n\nLihat ![foto](hilang.jpg)\n");
        Assert.Equal(["KP0205 content/kim-sukamaju/posts/2024-05-01-foto/index.md:7:7"], site.Build().Codes);
    }

    [Fact]
    public void A_badly_named_post_file_gets_a_suggested_name()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/Rapat Warga 2024.md", "---\ntitle: Rapat\n---\nx\n");
        var diagnostic = Assert.Single(site.Build().Result.Diagnostics);

        Assert.Equal("KP0201", diagnostic.Code);
        Assert.Contains("2024-03-01-rapat-warga-2024", diagnostic.Hint("id"));
    }

    [Fact]
    public void Two_files_at_one_url_are_both_named()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-02-posyandu-aktif.md", "---\ntitle: Lagi\nsummary: s\n---\nx\n");
        var diagnostic = Assert.Single(site.Build().Result.Diagnostics);

        Assert.Equal("KP0204", diagnostic.Code);
        var both = diagnostic.Location.Path + " " + diagnostic.Message("id");
        Assert.Contains("/kim-sukamaju/posyandu-aktif/ ", both);
        Assert.Contains("content/kim-sukamaju/posts/2024-03-01-posyandu-aktif.md", both);
        Assert.Contains("content/kim-sukamaju/posts/2024-05-02-posyandu-aktif.md", both);
    }

    [Fact]
    public void A_post_that_would_take_the_profile_url_is_refused()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-02-tentang.md", "---\ntitle: Tentang\nsummary: s\n---\nx\n");
        Assert.Equal(["KP0204 content/kim-sukamaju/posts/2024-05-02-tentang.md"], site.Build().Codes);
    }

    [Fact]
    public void Reserved_and_invalid_kim_folders_are_refused()
    {
        using var site = MiniSite.Basic()
            .With("content/tag/kim.yml", "name: X\n")
            .With("content/KIM Baru/kim.yml", "name: Y\n");
        Assert.Equal(["KP0102 content/KIM Baru", "KP0103 content/tag"], site.Build().Codes);
    }

    [Fact]
    public void Warnings_do_not_stop_the_build()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-tanpa-ringkasan.md", "---\ntitle: Tanpa Ringkasan\n---\nIsi tulisan.\n");
        var built = site.Build().AssertSucceeded();

        Assert.Equal(["KP0302 content/kim-sukamaju/posts/2024-05-01-tanpa-ringkasan.md:2:1"], built.Codes);
        Assert.Contains("Isi tulisan.", built.Page("kim-sukamaju/index.html").QuerySelector("article.card")!.TextContent);
    }

    [Fact]
    public void Every_error_of_a_run_is_reported_together()
    {
        using var site = MiniSite.Basic()
            .With("content/kim-sukamaju/posts/2024-05-01-a.md", "---\ntitle: A\nsummary: s\ndate: kemarin\n---\nx\n")
            .With("content/kim-mekarsari/posts/2024-05-01-b.md", "---\nsummary: s\n---\n[x](javascript:alert(1))\n");
        var codes = site.Build().Codes;

        Assert.Equal(["KP0004 content/kim-mekarsari/posts/2024-05-01-b.md:2:1", "KP0216 content/kim-mekarsari/posts/2024-05-01-b.md:4:1", "KP0007 content/kim-sukamaju/posts/2024-05-01-a.md:4:7"], codes);
    }
}
