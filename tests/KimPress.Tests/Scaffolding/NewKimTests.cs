using KimPress.Scaffolding;
using KimPress.Tests.Support;

namespace KimPress.Tests.Scaffolding;

/// <summary>kimpress new kim, at the library level: what it writes, what it refuses, and that the result builds.</summary>
public sealed class NewKimTests
{
    private static ScaffoldResult New(MiniSite site, string slug, string? desa = null, string? kecamatan = null, string? cluster = null, string? name = null) =>
        KimScaffolder.Create(new KimRequest { SourceDirectory = site.Materialize().Root, Slug = slug, Desa = desa, Kecamatan = kecamatan, Cluster = cluster, Name = name });

    [Fact]
    public void A_kim_with_its_place_given_builds_without_a_single_diagnostic()
    {
        using var site = MiniSite.Basic();
        var result = New(site, "kim-kolursari", desa: "kolursari", cluster: "Klaster Utara");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["content/kim-kolursari/kim.yml", "content/kim-kolursari/posts/"], result.Created);
        Assert.Empty(result.Unfilled);
        var yml = File.ReadAllText(Path.Combine(site.Root, "content/kim-kolursari/kim.yml"));
        Assert.Contains("\nname: KIM Kolursari\n", yml);
        Assert.Contains("\ndesa: Kolursari\n", yml); // spelt as site.yml spells it
        Assert.Contains("\nkecamatan: bangil\n", yml); // the only kecamatan listing Kolursari
        Assert.Contains("\ncluster: klaster-utara\n", yml);

        var built = site.Build().AssertSucceeded();
        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Location.Path.StartsWith("content/kim-kolursari/", StringComparison.Ordinal));
        Assert.Contains("KIM Kolursari", built.Text("kim-kolursari/tentang/index.html"));
    }

    [Fact]
    public void Every_profile_key_is_in_the_file_with_an_indonesian_note()
    {
        using var site = MiniSite.Basic();
        New(site, "kim-baru");
        var lines = File.ReadAllLines(Path.Combine(site.Root, "content/kim-baru/kim.yml"));

        foreach (var key in new[] { "name", "desa", "kecamatan", "cluster", "established", "sk", "members", "contact", "social", "logo", "description" })
        {
            var index = Array.FindIndex(lines, l => l.StartsWith(key + ":", StringComparison.Ordinal) || l.StartsWith("#" + key + ":", StringComparison.Ordinal));
            Assert.True(index > 0, $"kim.yml has no line for {key}");
            Assert.StartsWith("#", lines[index - 1]); // the note right above it
        }

        Assert.Contains(lines, l => l.StartsWith("# WAJIB. Nama desa/kelurahan", StringComparison.Ordinal));
        Assert.Contains("#   bangil (Bangil)", lines); // the choices come from site.yml
        Assert.Contains("#   klaster-selatan (Klaster Selatan)", lines);
    }

    [Fact]
    public void Required_keys_not_given_stay_empty_and_the_build_names_each_at_its_line()
    {
        using var site = MiniSite.Basic();
        var result = New(site, "kim-baru");

        Assert.Equal(["desa", "kecamatan", "cluster"], result.Unfilled);
        var lines = File.ReadAllLines(Path.Combine(site.Root, "content/kim-baru/kim.yml"));
        int LineOf(string key) => Array.IndexOf(lines, key + ":") + 1;
        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.Equal(
            [$"KP0004 content/kim-baru/kim.yml:{LineOf("desa")}:1", $"KP0004 content/kim-baru/kim.yml:{LineOf("kecamatan")}:1", $"KP0004 content/kim-baru/kim.yml:{LineOf("cluster")}:1"],
            built.Codes);
    }

    [Fact]
    public void The_commented_examples_build_once_their_hash_is_deleted()
    {
        using var site = MiniSite.Basic();
        New(site, "kim-baru", desa: "Kersikan", cluster: "klaster-selatan");
        var path = Path.Combine(site.Root, "content/kim-baru/kim.yml");
        // What the note tells a member to do: delete just the # of the example lines.
        string[] examples = ["#sk:", "#  number:", "#  date:", "#  issuer:", "#  - {"];
        var filled = File.ReadAllLines(path).Select(l => examples.Any(e => l.StartsWith(e, StringComparison.Ordinal)) ? l[1..] : l);
        File.WriteAllLines(path, filled);

        var built = site.Build().AssertSucceeded();
        var profile = built.Text("kim-baru/tentang/index.html");
        Assert.Contains("188/45/424.013/2022", profile);
        Assert.Contains("Dwi Lestari", profile);
    }

    [Theory]
    [InlineData("KIM Sumber Makmur", "kim-sumber-makmur")]
    [InlineData("kim_tlogo", "kim-tlogo")]
    [InlineData("-kim-", "kim")]
    [InlineData("???", "kim-nama-desa")]
    [InlineData("", "kim-nama-desa")]
    public void An_invalid_slug_is_refused_with_the_slug_to_use(string slug, string suggestion)
    {
        using var site = MiniSite.Basic();
        var before = CliRunner.Snapshot(site.Materialize().Root);
        var result = New(site, slug);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KP0501", diagnostic.Code);
        Assert.Equal($"content/{slug}", diagnostic.Location.Path);
        Assert.EndsWith($"kimpress new kim {suggestion}", diagnostic.Hint("id"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, CliRunner.Snapshot(site.Root));
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("kecamatan")]
    [InlineData("tentang")]
    public void A_name_the_site_uses_is_refused(string slug)
    {
        using var site = MiniSite.Basic();
        var diagnostic = Assert.Single(New(site, slug).Diagnostics);

        Assert.Equal("KP0103", diagnostic.Code);
        Assert.Contains($"kim-{slug}", diagnostic.Hint("id"));
        Assert.False(Directory.Exists(Path.Combine(site.Root, "content", slug)));
    }

    [Fact]
    public void An_existing_kim_is_never_overwritten()
    {
        using var site = MiniSite.Basic();
        var before = CliRunner.Snapshot(site.Materialize().Root);
        var result = New(site, "kim-sukamaju", desa: "Kalianyar");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("KP0502", diagnostic.Code);
        Assert.Equal("content/kim-sukamaju/kim.yml", diagnostic.Location.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(before, CliRunner.Snapshot(site.Root));
    }

    [Fact]
    public void A_kim_folder_without_kim_yml_gets_one_and_keeps_its_posts()
    {
        using var site = MiniSite.Basic().Without("content/kim-mekarsari/kim.yml");
        var post = Path.Combine(site.Materialize().Root, "content/kim-mekarsari/posts/2024-05-05-pasar-desa.md");
        var postBytes = File.ReadAllBytes(post);
        var result = New(site, "kim-mekarsari", desa: "Kersikan", cluster: "klaster-selatan", name: "KIM Mekar Sari");

        Assert.Equal(["content/kim-mekarsari/kim.yml"], result.Created);
        Assert.Equal(postBytes, File.ReadAllBytes(post));
        site.Build().AssertSucceeded();
    }

    [Fact]
    public void Places_not_in_site_yml_are_refused_with_suggestions()
    {
        using var site = MiniSite.Basic();

        var kecamatan = Assert.Single(New(site, "kim-a", kecamatan: "bangl").Diagnostics);
        Assert.Equal(("KP0105", "--kecamatan"), (kecamatan.Code, kecamatan.Location.Path));
        Assert.Contains("maksud Anda \"bangil\"?", kecamatan.Message("id"));

        var desa = Assert.Single(New(site, "kim-a", kecamatan: "Bangil", desa: "Kalianyr").Diagnostics);
        Assert.Equal(("KP0106", "--desa"), (desa.Code, desa.Location.Path));
        Assert.Contains("maksud Anda \"Kalianyar\"?", desa.Message("id"));
        Assert.Contains("Kalianyar, Kersikan, Kolursari", desa.Hint("id"));

        var anywhere = Assert.Single(New(site, "kim-a", desa: "Gununggangsr").Diagnostics);
        Assert.Equal("KP0508", anywhere.Code);
        Assert.Contains("did you mean \"Gununggangsir\"?", anywhere.Message("en"));

        var cluster = Assert.Single(New(site, "kim-a", cluster: "klaster-utra").Diagnostics);
        Assert.Equal(("KP0104", "--cluster"), (cluster.Code, cluster.Location.Path));
        Assert.Contains("\"klaster-utara\"", cluster.Message("id"));

        Assert.False(Directory.Exists(Path.Combine(site.Root, "content/kim-a")));
    }

    [Fact]
    public void A_desa_in_two_kecamatan_needs_the_kecamatan()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("- { name: Gununggangsir }", "- { name: Gununggangsir }\n      - { name: Kersikan }", StringComparison.Ordinal));

        var ambiguous = Assert.Single(New(site, "kim-a", desa: "Kersikan").Diagnostics);
        Assert.Equal("KP0503", ambiguous.Code);
        Assert.Contains("bangil, beji", ambiguous.Message("id"));

        Assert.True(New(site, "kim-a", desa: "Kersikan", kecamatan: "beji").Succeeded);
        Assert.Contains("\nkecamatan: beji\n", File.ReadAllText(Path.Combine(site.Root, "content/kim-a/kim.yml")));
    }

    [Fact]
    public void A_folder_that_cannot_be_created_is_reported_not_thrown()
    {
        using var site = MiniSite.Basic().With("content/kim-berkas", "a file where the KIM's folder would go");
        var result = New(site, "kim-berkas");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("KP0403", "content/kim-berkas/kim.yml"), (diagnostic.Code, diagnostic.Location.Path));
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Created);
    }

    [Fact]
    public void Without_site_yml_it_is_a_usage_error()
    {
        var empty = Directory.CreateTempSubdirectory("kimpress-empty-");
        try
        {
            var result = KimScaffolder.Create(new KimRequest { SourceDirectory = empty.FullName, Slug = "kim-a" });

            Assert.Equal("KP0001", Assert.Single(result.Diagnostics).Code);
            Assert.Equal(2, result.ExitCode);
            Assert.Empty(Directory.EnumerateFileSystemEntries(empty.FullName));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("kim-sumber-makmur", "KIM Sumber Makmur")]
    [InlineData("sukamaju", "KIM Sukamaju")]
    [InlineData("kim-rt-05", "KIM Rt 05")]
    public void The_name_starts_from_the_slug(string slug, string name) => Assert.Equal(name, KimScaffolder.NameFromSlug(slug));

    [Fact]
    public void An_english_site_gets_english_notes()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml.Replace("language: id", "language: en", StringComparison.Ordinal));
        var result = New(site, "kim-baru", desa: "Kersikan", cluster: "klaster-selatan");

        Assert.Equal("en", result.Language);
        Assert.Contains("# REQUIRED. The desa/kelurahan", File.ReadAllText(Path.Combine(site.Root, "content/kim-baru/kim.yml")));
        site.Build().AssertSucceeded();
    }
}
