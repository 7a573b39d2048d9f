using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

public sealed class BasicSiteTests
{
    [Fact]
    public void Every_row_of_the_url_table_is_written()
    {
        using var site = MiniSite.Basic();
        var built = site.Build().AssertSucceeded();

        string[] expected =
        [
            "index.html", "klaster/klaster-utara/index.html", "klaster/klaster-selatan/index.html",
            "kecamatan/bangil/index.html", "kecamatan/beji/index.html", "kim/index.html",
            "tag/index.html", "tag/kesehatan/index.html", "kim-sukamaju/index.html",
            "kim-sukamaju/posyandu-aktif/index.html", "kim-sukamaju/tag/kesehatan/index.html",
            "kim-sukamaju/tag/index.html", "kim-sukamaju/tentang/index.html", "kim-sukamaju/feed.xml",
            "feed.xml", "sitemap.xml", "robots.txt", "404.html", "assets/style.css",
        ];
        foreach (var path in expected)
        {
            Assert.True(built.Has(path), $"missing {path}");
        }
    }

    [Fact]
    public void A_post_page_shows_title_body_date_in_indonesian_and_its_kim()
    {
        using var site = MiniSite.Basic();
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/posyandu-aktif/index.html");

        Assert.Equal("Posyandu Balita Kalianyar Kembali Aktif", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("menimbang", page.QuerySelector(".body strong")!.TextContent);
        var time = page.QuerySelector("article time")!;
        Assert.Equal("Jumat, 1 Maret 2024, 08.30 WIB", time.TextContent);
        Assert.Equal("2024-03-01T08:30:00+07:00", time.GetAttribute("datetime"));
        Assert.Contains("KIM Sukamaju", page.QuerySelector(".kim-bar")!.TextContent);
        Assert.Equal("https://kim.contohkab.go.id/kim-sukamaju/posyandu-aktif/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("id", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Profile_page_shows_sk_members_contact_and_desa_code()
    {
        using var site = MiniSite.Basic();
        var text = site.Build().AssertSucceeded().Page("kim-sukamaju/tentang/index.html").Body!.TextContent;

        Assert.Contains("188/45/424.013/2022", text);
        Assert.Contains("1 Desember 2022", text);
        Assert.Contains("Kepala Desa Kalianyar", text);
        Assert.Contains("Siti Aminah", text);
        Assert.Contains("Sekretaris", text);
        Assert.Contains("sukamaju@example.id", text);
        Assert.Contains("3514010001", text);
        Assert.Contains("13 Desember 2022", text);
    }

    [Fact]
    public void Profile_links_whatsapp_in_international_form()
    {
        using var site = MiniSite.Basic();
        var page = site.Build().AssertSucceeded().Page("kim-sukamaju/tentang/index.html");

        Assert.NotNull(page.QuerySelector("a[href='https://wa.me/6281234567890']"));
        Assert.NotNull(page.QuerySelector("a[href='https://www.facebook.com/kimsukamaju']"));
    }

    [Fact]
    public void Cluster_page_lists_its_kims_with_post_counts_and_description()
    {
        using var site = MiniSite.Basic();
        var page = site.Build().AssertSucceeded().Page("klaster/klaster-utara/index.html");

        Assert.Contains("KIM di pesisir utara kabupaten.", page.Body!.TextContent);
        var row = page.QuerySelectorAll("tbody tr").Single();
        Assert.Contains("KIM Sukamaju", row.TextContent);
        Assert.Contains("2", row.QuerySelectorAll("td")[3].TextContent);
        Assert.Contains("10 April 2024", row.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("article.card").Length);
    }

    [Fact]
    public void Kecamatan_page_lists_every_desa_and_coverage()
    {
        using var site = MiniSite.Basic();
        var page = site.Build().AssertSucceeded().Page("kecamatan/bangil/index.html");

        Assert.Contains("2 dari 3 desa punya KIM (67%)", page.Body!.TextContent);
        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains(rows, r => r.Contains("Kolursari") && r.Contains("Belum ada KIM"));
        Assert.Contains(rows, r => r.Contains("Kalianyar") && r.Contains("KIM Sukamaju"));
    }

    [Fact]
    public void Directory_lists_every_kim_with_desa_kecamatan_cluster_and_activity()
    {
        using var site = MiniSite.Basic();
        var rows = site.Build().AssertSucceeded().Page("kim/index.html").QuerySelectorAll("tbody tr");

        Assert.Equal(2, rows.Length);
        Assert.Contains("KIM Mekar Sari", rows[0].TextContent);
        Assert.Contains("Kersikan", rows[0].TextContent);
        Assert.Contains("Klaster Selatan", rows[0].TextContent);
        Assert.Contains("5 Mei 2024", rows[0].TextContent);
    }

    [Fact]
    public void Tag_pages_aggregate_across_kims_and_per_kim()
    {
        using var site = MiniSite.Basic();
        var built = site.Build().AssertSucceeded();

        Assert.Equal(2, built.Page("tag/kesehatan/index.html").QuerySelectorAll("article.card").Length);
        Assert.Single(built.Page("kim-sukamaju/tag/kesehatan/index.html").QuerySelectorAll("article.card"));
    }

    [Fact]
    public void Text_from_content_is_escaped_and_never_evaluated_as_template()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-20-uji.md", """
            ---
            title: "<script>alert(1)</script> {{ 7 * 6 }}"
            summary: "{{ site.title }} <b>tebal</b>"
            ---
            Isi.
            """);
        var built = site.Build().AssertSucceeded();
        var html = built.Text("kim-sukamaju/uji/index.html");
        var page = built.Page("kim-sukamaju/uji/index.html");

        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Equal("<script>alert(1)</script> {{ 7 * 6 }}", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain(">42<", html);
        var onlyScript = Assert.Single(page.QuerySelectorAll("script"));
        Assert.Equal("application/ld+json", onlyScript.GetAttribute("type"));
        Assert.Contains("{{ site.title }} <b>tebal</b>", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public void Home_page_lists_posts_newest_first()
    {
        using var site = MiniSite.Basic();
        var titles = site.Build().AssertSucceeded().Page("index.html").QuerySelectorAll("article.card h3").Select(h => h.TextContent).ToList();

        Assert.Equal(["Pasar Desa Kersikan Ramai Pembeli", "Kerja Bakti Membersihkan Saluran", "Posyandu Balita Kalianyar Kembali Aktif"], titles);
    }

    [Fact]
    public void Kabupaten_and_kim_pages_are_published()
    {
        using var site = MiniSite.Basic()
            .With("content/_kabupaten/pages/tentang-portal.md", "---\ntitle: Tentang Portal\n---\nPortal ini dikelola Diskominfo.\n")
            .With("content/kim-sukamaju/pages/jadwal.md", "---\ntitle: Jadwal Piket\n---\nSenin: Siti.\n");
        var built = site.Build().AssertSucceeded();

        Assert.Contains("Portal ini dikelola Diskominfo.", built.Text("tentang-portal/index.html"));
        Assert.Contains("Senin: Siti.", built.Text("kim-sukamaju/jadwal/index.html"));
        Assert.NotNull(built.Page("index.html").QuerySelector("nav a[href='/tentang-portal/']"));
        Assert.NotNull(built.Page("kim-sukamaju/index.html").QuerySelector("a[href='/kim-sukamaju/jadwal/']"));
    }
}
