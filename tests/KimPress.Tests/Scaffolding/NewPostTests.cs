using KimPress.Scaffolding;
using KimPress.Tests.Support;

namespace KimPress.Tests.Scaffolding;

/// <summary>kimpress new post, at the library level: the scaffold is real input that builds, and nothing is overwritten.</summary>
public sealed class NewPostTests
{
    private static readonly FixedClock Clock = new(MiniSite.Now); // 2024-06-01 10:00 WIB, the mini-site build's "now"

    private static ScaffoldResult New(MiniSite site, string title, PostType type = PostType.Berita, string kim = "kim-sukamaju", bool bundle = false, TimeProvider? clock = null, string? summary = null) =>
        PostScaffolder.Create(new PostRequest { SourceDirectory = site.Materialize().Root, Kim = kim, Title = title, Type = type, Bundle = bundle, Summary = summary }, clock ?? Clock);

    public static TheoryData<PostType, string[]> Skeletons => new()
    {
        { PostType.Berita, ["Apa yang terjadi", "Siapa yang terlibat", "Kapan dan di mana", "Mengapa", "Bagaimana", "Sumber informasi"] },
        { PostType.Pengumuman, ["Waktu dan tempat", "Siapa yang perlu datang", "Yang perlu dibawa", "Narahubung", "Sumber informasi"] },
        { PostType.KlarifikasiHoaks, ["Faktanya", "Cara kami memeriksa", "Pesan untuk warga"] },
    };

    [Theory]
    [MemberData(nameof(Skeletons))]
    public void Each_skeleton_builds_as_a_draft_and_shows_its_headings(PostType type, string[] headings)
    {
        using var site = MiniSite.Basic();
        var result = New(site, "Kerja Bakti Warga RT 02", type, summary: "Warga RT 02 bergotong royong.");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["content/kim-sukamaju/posts/2024-06-01-kerja-bakti-warga-rt-02.md"], result.Created);
        var built = site.Build(o => o with { IncludeDrafts = true }).AssertSucceeded();
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Location.Path == result.Created[0]);

        var page = built.Page("kim-sukamaju/kerja-bakti-warga-rt-02/index.html");
        var pageHeadings = page.QuerySelectorAll(".body h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(headings, pageHeadings);
        Assert.Equal("Kerja Bakti Warga RT 02", page.QuerySelector("h1")!.TextContent.Trim());
        // The guidance and the photo example sit in HTML comments: nothing of them reaches readers.
        var html = built.Text("kim-sukamaju/kerja-bakti-warga-rt-02/index.html");
        Assert.DoesNotContain("PANDUAN", html);
        Assert.DoesNotContain("foto-kegiatan", html);
    }

    [Fact]
    public void The_news_skeleton_teaches_5w1h_a_photo_with_caption_and_credit_and_the_source()
    {
        using var site = MiniSite.Basic();
        var text = File.ReadAllText(Path.Combine(site.Root, New(site, "Rapat Warga").Created[0]));

        Assert.Contains("5W+1H: apa, siapa, kapan, di mana, mengapa dan bagaimana", text);
        Assert.Matches(@"\n!\[[^\]]+\]\(foto-kegiatan\.jpg\)\n\*[^*]+Foto: [^*]+\*\n", text);
        Assert.Contains("\n## Sumber informasi\n", text);
        Assert.Contains("\ndraft: true ", text);
        Assert.Contains("\ncategory: berita ", text);
    }

    [Fact]
    public void A_hoax_clarification_has_the_claim_block_the_pipeline_renders()
    {
        using var site = MiniSite.Basic();
        New(site, "Video Jembatan Ambruk Bukan di Kalianyar", PostType.KlarifikasiHoaks);
        var built = site.Build(o => o with { IncludeDrafts = true }).AssertSucceeded();

        var page = built.Page("kim-sukamaju/video-jembatan-ambruk-bukan-di-kalianyar/index.html");
        var claim = page.QuerySelector("section.claim")!;
        Assert.Equal("[HOAKS]", claim.QuerySelector(".rating")!.TextContent);
        Assert.Equal(["Narasi yang beredar"], claim.QuerySelectorAll("h3").Select(h => h.TextContent).ToList());
        Assert.Equal("Penjelasan", page.QuerySelector("h2.claim-explained")!.TextContent);
        Assert.Contains("Salin di sini narasi yang beredar", claim.QuerySelector("blockquote")!.TextContent);
    }

    [Fact]
    public void A_scaffold_is_a_draft_so_it_is_not_published_by_accident()
    {
        using var site = MiniSite.Basic();
        New(site, "Rapat Warga");
        var built = site.Build().AssertSucceeded();

        Assert.False(built.Has("kim-sukamaju/rapat-warga/index.html"));
        Assert.True(built.Has("kim-sukamaju/posyandu-aktif/index.html"));
    }

    [Fact]
    public void Date_and_time_are_now_in_the_sites_zone_even_across_midnight()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("Asia/Jakarta", "Asia/Makassar", StringComparison.Ordinal));
        // 16:30 UTC on 1 June is 00:30 WITA on 2 June (and still 23:30 WIB on 1 June).
        var result = New(site, "Ronda Malam", clock: new FixedClock(new DateTimeOffset(2024, 6, 1, 16, 30, 0, TimeSpan.Zero)));

        Assert.Equal(["content/kim-sukamaju/posts/2024-06-02-ronda-malam.md"], result.Created);
        var text = File.ReadAllText(Path.Combine(site.Root, result.Created[0]));
        Assert.Matches(@"\ndate: 2024-06-02 00:30 +# waktu setempat \(WITA\)", text);
        var built = site.Build(o => o with { IncludeDrafts = true, Now = new DateTimeOffset(2024, 6, 1, 16, 31, 0, TimeSpan.Zero) }).AssertSucceeded();
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code == "KP0206"); // file name and front matter agree
        Assert.Contains("00.30 WITA", built.Text("kim-sukamaju/ronda-malam/index.html"));
    }

    [Fact]
    public void A_bundle_is_a_folder_with_index_md()
    {
        using var site = MiniSite.Basic();
        var result = New(site, "Panen Raya", bundle: true);

        Assert.Equal(["content/kim-sukamaju/posts/2024-06-01-panen-raya/index.md"], result.Created);
        site.Build(o => o with { IncludeDrafts = true }).AssertSucceeded().Text("kim-sukamaju/panen-raya/index.html");
    }

    [Theory]
    [InlineData(false, "content/kim-sukamaju/posts/2024-06-01-rapat-warga.md")]
    [InlineData(true, "content/kim-sukamaju/posts/2024-06-01-rapat-warga")]
    public void An_existing_post_is_never_overwritten(bool bundleFirst, string existing)
    {
        using var site = MiniSite.Basic();
        Assert.True(New(site, "Rapat Warga", bundle: bundleFirst).Succeeded);
        File.AppendAllText(Path.Combine(site.Root, bundleFirst ? existing + "/index.md" : existing), "Tulisan yang sudah diisi.\n");
        var before = CliRunner.Snapshot(site.Root);

        var result = New(site, "Rapat warga!", bundle: !bundleFirst);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("KP0506", existing), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("hapus file itu", diagnostic.Hint("id"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, CliRunner.Snapshot(site.Root));
    }

    [Fact]
    public void A_title_whose_address_another_post_has_is_refused_before_the_build_would()
    {
        using var site = MiniSite.Basic();
        var result = New(site, "Posyandu Aktif");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("KP0507", "content/kim-sukamaju/posts/2024-06-01-posyandu-aktif.md"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("content/kim-sukamaju/posts/2024-03-01-posyandu-aktif.md", diagnostic.Message("id"));
        Assert.False(File.Exists(Path.Combine(site.Root, diagnostic.Location.Path)));
    }

    [Theory]
    [InlineData("Tentang")]
    [InlineData("Tag")]
    public void A_title_that_gives_an_address_the_site_uses_is_refused(string title)
    {
        using var site = MiniSite.Basic();
        var diagnostic = Assert.Single(New(site, title).Diagnostics);

        Assert.Equal("KP0507", diagnostic.Code);
        Assert.Contains("halaman bawaan situs", diagnostic.Message("id"));
    }

    [Fact]
    public void An_unknown_kim_is_refused_with_a_suggestion_and_the_list()
    {
        using var site = MiniSite.Basic();
        var result = New(site, "Rapat Warga", kim: "kim-sukamaj");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("KP0504", "--kim"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Contains("maksud Anda \"kim-sukamaju\"?", diagnostic.Message("id"));
        Assert.Contains("kim-mekarsari, kim-sukamaju", diagnostic.Hint("id"));
        Assert.Equal(1, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/kim-sukamaj")));
    }

    [Theory]
    [InlineData("kim-sukamaju/")]
    [InlineData("content/kim-sukamaju")]
    [InlineData(" content/kim-sukamaju/ ")]
    public void The_kim_may_be_given_as_its_folder_path(string kim)
    {
        using var site = MiniSite.Basic();
        Assert.Equal(["content/kim-sukamaju/posts/2024-06-01-rapat-warga.md"], New(site, "Rapat Warga", kim: kim).Created);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ???")]
    public void An_empty_or_symbol_only_title_is_refused(string title)
    {
        using var site = MiniSite.Basic();
        var before = CliRunner.Snapshot(site.Materialize().Root);
        var result = New(site, title);

        Assert.Equal("KP0505", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, CliRunner.Snapshot(site.Root));
    }

    [Theory]
    [InlineData("Posyandu: Balita \"Sehat\" #1 [baru]")]
    [InlineData("- Daftar: 50% warga & {semua} hadir")]
    [InlineData("Rapat\tWarga\nRT 02")]
    public void Titles_with_yaml_characters_reach_the_page_exactly(string title)
    {
        using var site = MiniSite.Basic();
        var result = New(site, title, summary: "Ringkasan: satu # kalimat.");
        var built = site.Build(o => o with { IncludeDrafts = true }).AssertSucceeded();

        var slug = Path.GetFileNameWithoutExtension(result.Created[0])["2024-06-01-".Length..];
        var page = built.Page($"kim-sukamaju/{slug}/index.html");
        Assert.Equal(string.Join(' ', title.Split((char[])[' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries)), page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void A_long_title_is_created_with_the_same_warning_and_position_the_build_gives()
    {
        using var site = MiniSite.Basic();
        var title = "Pemerintah Desa Kalianyar Membagikan Bantuan Langsung Tunai Dana Desa Tahap Ketiga kepada Seratus Dua Puluh Keluarga";
        var result = New(site, title, summary: "Ringkasan.");

        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        var built = site.Build(o => o with { IncludeDrafts = true }).AssertSucceeded();
        var fromBuild = Assert.Single(built.Result.Diagnostics, d => d.Location.Path == result.Created[0]);
        Assert.Equal((fromBuild.Code, fromBuild.Location, fromBuild.Message("id")), (warning.Code, warning.Location, warning.Message("id")));
    }

    [Fact]
    public void Long_titles_give_a_slug_cut_at_a_word()
    {
        var slug = PostScaffolder.SlugFromTitle("Pemerintah Desa Kalianyar Membagikan Bantuan Langsung Tunai Dana Desa Tahap Ketiga kepada Seratus Dua Puluh Keluarga");

        Assert.Equal("pemerintah-desa-kalianyar-membagikan-bantuan-langsung-tunai", slug);
        Assert.True(slug!.Length <= PostScaffolder.MaxSlugLength);
    }

    [Fact]
    public void Tags_author_and_summary_given_are_written_in_the_front_matter()
    {
        using var site = MiniSite.Basic();
        var result = PostScaffolder.Create(new PostRequest
        {
            SourceDirectory = site.Materialize().Root, Kim = "kim-sukamaju", Title = "Rapat Warga",
            Author = "Siti Aminah", Tags = ["Kesehatan", " posyandu ", "", "kesehatan"], Summary = "Warga rapat.",
        }, Clock);
        var text = File.ReadAllText(Path.Combine(site.Root, result.Created[0]));

        Assert.Contains("\nauthor: Siti Aminah ", text);
        Assert.Contains("\ntags: [kesehatan, posyandu] ", text);
        var built = site.Build(o => o with { IncludeDrafts = true }).AssertSucceeded();
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Location.Path == result.Created[0]);
        Assert.True(built.Has("kim-sukamaju/tag/posyandu/index.html"));
    }

    [Fact]
    public void An_english_site_gets_the_english_skeleton()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("language: id", "language: en", StringComparison.Ordinal));
        New(site, "Village Meeting", summary: "Residents met.");
        var page = site.Build(o => o with { IncludeDrafts = true }).AssertSucceeded().Page("kim-sukamaju/village-meeting/index.html");

        Assert.Equal(["What happened", "Who was involved", "When and where", "Why", "How", "Source of the information"],
            page.QuerySelectorAll(".body h2").Select(h => h.TextContent.Trim()).ToList());
    }
}
