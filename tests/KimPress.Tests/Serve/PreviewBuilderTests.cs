using System.Text;
using KimPress.Preview;
using KimPress.Tests.Support;

namespace KimPress.Tests.Serve;

/// <summary>The preview's in-process rebuilds: what is kept between them must never hide a change.</summary>
public sealed class PreviewBuilderTests
{
    private const string PostPath = "content/kim-sukamaju/posts/2024-03-01-posyandu-aktif.md";
    private const string PostPage = "kim-sukamaju/posyandu-aktif/index.html";

    private static string Page(PreviewSite site, string path)
    {
        Assert.True(site.Succeeded, string.Join('\n', site.AllDiagnostics));
        var bytes = site.Get(path);
        Assert.NotNull(bytes);
        return Encoding.UTF8.GetString(bytes);
    }

    [Fact]
    public void An_edit_reported_by_the_watcher_is_shown_and_other_posts_are_kept()
    {
        using var site = MiniSite.Basic().Materialize();
        var builder = new PreviewBuilder(site.Root, "http://127.0.0.1:8000/");
        var first = builder.Build();
        Assert.Contains("Kader posyandu kembali", Page(first, PostPage));

        var file = Path.Combine(site.Root, PostPath);
        File.WriteAllText(file, File.ReadAllText(file).Replace("kembali **menimbang**", "hari ini **mengukur**", StringComparison.Ordinal));
        var second = builder.Build([PostPath]);

        Assert.True(second.Generation > first.Generation);
        Assert.Contains("Kader posyandu hari ini <strong>mengukur</strong>", Page(second, PostPage));
        Assert.Contains("Pedagang sayur", Page(second, "kim-mekarsari/pasar-desa/index.html"));
        Assert.Contains("http://127.0.0.1:8000/kim-sukamaju/posyandu-aktif/", Page(second, PostPage));
    }

    [Fact]
    public void New_and_deleted_posts_and_a_new_kim_are_found_again()
    {
        using var site = MiniSite.Basic().Materialize();
        var builder = new PreviewBuilder(site.Root, "http://127.0.0.1:8000/");
        builder.Build();

        const string added = "content/kim-mekarsari/posts/2024-05-06-bazar.md";
        File.WriteAllText(Path.Combine(site.Root, added), "---\ntitle: Bazar Ramadan\ndate: 2024-05-06\nsummary: Bazar.\n---\nRamai.\n");
        File.Delete(Path.Combine(site.Root, PostPath));
        var site2 = builder.Build([added, PostPath]);

        Assert.Contains("Bazar Ramadan", Page(site2, "kim-mekarsari/bazar/index.html"));
        Assert.False(site2.Contains(PostPage));

        Directory.CreateDirectory(Path.Combine(site.Root, "content/kim-baru/posts"));
        File.WriteAllText(Path.Combine(site.Root, "content/kim-baru/kim.yml"), "name: KIM Baru\ndesa: Kersikan\nkecamatan: bangil\ncluster: klaster-selatan\n");
        var site3 = builder.Build(["content/kim-baru/kim.yml", "content/kim-baru", "content/kim-baru/posts"]);
        Assert.Contains("KIM Baru", Page(site3, "kim-baru/index.html"));
    }

    [Fact]
    public void A_new_kabupaten_page_appears_in_the_site_wide_header_of_every_page()
    {
        using var site = MiniSite.Basic().Materialize();
        var builder = new PreviewBuilder(site.Root, "http://127.0.0.1:8000/");
        Assert.DoesNotContain("Tentang Portal", Page(builder.Build(), PostPage));

        const string about = "content/_kabupaten/pages/tentang.md";
        Directory.CreateDirectory(Path.Combine(site.Root, "content/_kabupaten/pages"));
        File.WriteAllText(Path.Combine(site.Root, about), "---\ntitle: Tentang Portal\n---\nPortal KIM kabupaten.\n");
        var rebuilt = builder.Build([about]);

        // The header is rendered once per build and kept: it must be this build's, not the first one's.
        Assert.Contains("Tentang Portal", Page(rebuilt, PostPage));
        Assert.Contains("Tentang Portal", Page(rebuilt, "index.html"));
    }

    [Fact]
    public void A_change_to_site_yml_rebuilds_everything_in_the_new_language()
    {
        using var site = MiniSite.Basic().Materialize();
        var builder = new PreviewBuilder(site.Root, "http://127.0.0.1:8000/");
        Assert.Contains("lang=\"id\"", Page(builder.Build(), PostPage));

        var yml = Path.Combine(site.Root, "site.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("language: id", "language: en", StringComparison.Ordinal));
        var english = builder.Build(["site.yml"]);
        Assert.Contains("lang=\"en\"", Page(english, PostPage));

        // A broken post now yields an English error page naming the file and line.
        var file = Path.Combine(site.Root, PostPath);
        File.WriteAllText(file, File.ReadAllText(file).Replace("date: 2024-03-01 08:30", "date: 31-31-2024", StringComparison.Ordinal));
        var broken = builder.Build([PostPath]);
        Assert.False(broken.Succeeded);
        var error = broken.ErrorPage();
        Assert.Contains("The site cannot be built yet", error, StringComparison.Ordinal);
        Assert.Contains(PostPath + ":3:7", error, StringComparison.Ordinal);
        Assert.Contains("How to fix:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_page_escapes_what_it_quotes_from_the_file()
    {
        using var site = MiniSite.Basic().Materialize();
        var builder = new PreviewBuilder(site.Root, "http://127.0.0.1:8000/");
        builder.Build();
        var file = Path.Combine(site.Root, PostPath);
        File.WriteAllText(file, File.ReadAllText(file).Replace("date: 2024-03-01 08:30", "date: <script>alert(1)</script>", StringComparison.Ordinal));

        var error = builder.Build([PostPath]).ErrorPage();

        Assert.DoesNotContain("<script>alert", error, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_the_watcher_did_not_report_is_still_read_when_nothing_is_known()
    {
        using var site = MiniSite.Basic().Materialize();
        var builder = new PreviewBuilder(site.Root, "http://127.0.0.1:8000/");
        builder.Build();
        var file = Path.Combine(site.Root, PostPath);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Kader posyandu kembali", "Kader posyandu lagi", StringComparison.Ordinal));

        // null: the watcher overflowed or lost track; every file is read again.
        Assert.Contains("Kader posyandu lagi", Page(builder.Build(null), PostPage));
    }
}
