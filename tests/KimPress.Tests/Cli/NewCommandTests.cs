using KimPress.Tests.EndToEnd;
using KimPress.Tests.Support;

namespace KimPress.Tests.Cli;

/// <summary>kimpress new, through the real executable: exit codes, messages, and scaffolds that pass kimpress check.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "kimpress-new-" + Guid.NewGuid().ToString("N"));

    public NewCommandTests() =>
        CliRunner.CopyDirectory(Path.Combine(DemoSiteFixture.FindRepositoryRoot(), "tests", "fixtures", "minimal"), _site);

    public void Dispose()
    {
        if (Directory.Exists(_site))
        {
            Directory.Delete(_site, recursive: true);
        }
    }

    [Fact]
    public void A_new_kim_and_a_post_of_each_type_pass_check_and_build_with_drafts()
    {
        var kim = CliRunner.Run(_site, "new", "kim", "kim-sumberrejo", "--desa", "Sumberrejo");
        Assert.Equal(0, kim.ExitCode);
        Assert.Equal("", kim.Stderr);
        Assert.StartsWith("Dibuat: content/kim-sumberrejo/kim.yml\nDibuat: content/kim-sumberrejo/posts/\n", kim.Stdout);
        Assert.Contains("kimpress new post --kim kim-sumberrejo", kim.Stdout);

        var before = TodayInWib();
        foreach (var (type, title) in new[] { ("berita", "Kerja Bakti di Sumberrejo"), ("pengumuman", "Jadwal Posyandu Juli"), ("klarifikasi-hoaks", "Pesan Berantai Bantuan Palsu") })
        {
            var post = CliRunner.Run(_site, "new", "post", "--kim", "kim-sumberrejo", "--type", type, "--summary", "Ringkasan.", title);
            Assert.Equal(0, post.ExitCode);
            Assert.Matches($@"^Dibuat: content/kim-sumberrejo/posts/\d{{4}}-\d{{2}}-\d{{2}}-[a-z0-9-]+\.md\n", post.Stdout);
            Assert.Contains("draft: false", post.Stdout);
        }

        // The file name's date is today in WIB, the fixture's zone (either side of a midnight the run crossed).
        var after = TodayInWib();
        Assert.All(Directory.GetFiles(Path.Combine(_site, "content/kim-sumberrejo/posts"), "*.md"), f =>
            Assert.True(Path.GetFileName(f).StartsWith(before, StringComparison.Ordinal) || Path.GetFileName(f).StartsWith(after, StringComparison.Ordinal), f));

        var check = CliRunner.Run(_site, "check", "--drafts");
        Assert.True(check.ExitCode == 0, check.Stderr);
        Assert.StartsWith("Diperiksa: 2 KIM, 6 tulisan, 0 peringatan", check.Stdout);

        var build = CliRunner.Run(_site, "build", "--drafts");
        Assert.Equal(0, build.ExitCode);
        var page = File.ReadAllText(Path.Combine(_site, "public/kim-sumberrejo/kerja-bakti-di-sumberrejo/index.html"));
        Assert.Contains("Apa yang terjadi", page);
        Assert.Contains("Sumber informasi", page);
    }

    private static string TodayInWib() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void An_invalid_slug_exits_1_and_names_the_slug_to_use()
    {
        var result = CliRunner.Run(_site, "new", "kim", "KIM Sumber Makmur");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Contains("content/KIM Sumber Makmur: error KP0501: \"KIM Sumber Makmur\" tidak bisa dipakai sebagai nama folder KIM\n", result.Stderr);
        Assert.Contains("petunjuk: ", result.Stderr);
        Assert.Contains("kimpress new kim kim-sumber-makmur", result.Stderr);
        Assert.EndsWith("Tidak ada file yang dibuat.\n", result.Stderr);
    }

    [Fact]
    public void An_existing_post_exits_1_and_keeps_its_bytes()
    {
        Assert.Equal(0, CliRunner.Run(_site, "new", "post", "--kim", "kim-contoh", "Rapat Warga Dusun").ExitCode);
        var before = CliRunner.Snapshot(_site);

        var again = CliRunner.Run(_site, "new", "post", "--kim", "kim-contoh", "Rapat warga dusun");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("error KP0506", again.Stderr);
        Assert.Equal(before, CliRunner.Snapshot(_site));
    }

    [Fact]
    public void Messages_follow_lang_en()
    {
        var result = CliRunner.Run(_site, "new", "post", "--kim", "kim-conto", "--lang", "en", "Village Meeting");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--kim: error KP0504: The KIM \"kim-conto\" does not exist in the content/ folder — did you mean \"kim-contoh\"?", result.Stderr);
        Assert.Contains("    hint: Existing KIMs: kim-contoh.", result.Stderr);
        Assert.EndsWith("Nothing was created.\n", result.Stderr);
    }

    [Theory]
    [InlineData("new", "post", "--kim", "kim-contoh", "--type", "opini", "Judul")]
    [InlineData("new", "post", "Judul tanpa KIM")]
    [InlineData("new", "kim")]
    [InlineData("new", "kim", "kim-a", "--lang", "jv")]
    [InlineData("new")]
    public void Usage_errors_exit_2(params string[] arguments)
    {
        var result = CliRunner.Run(_site, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(_site, "content/kim-a")));
    }

    [Fact]
    public void An_unknown_type_lists_the_types()
    {
        var result = CliRunner.Run(_site, "new", "post", "--kim", "kim-contoh", "--type", "opini", "Judul");
        Assert.Equal("kimpress: --type harus salah satu dari berita, pengumuman, klarifikasi-hoaks, bukan \"opini\".\n", result.Stderr);
    }

    [Fact]
    public void Without_site_yml_it_exits_2_and_says_where_it_looked()
    {
        var empty = Directory.CreateTempSubdirectory("kimpress-nosite-");
        try
        {
            var result = CliRunner.Run(empty.FullName, "new", "kim", "kim-a");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("site.yml: error KP0001: site.yml tidak ditemukan di ", result.Stderr);
            Assert.Contains("--source", result.Stderr);
            Assert.Empty(Directory.EnumerateFileSystemEntries(empty.FullName));
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Source_points_at_the_site_folder()
    {
        var result = CliRunner.Run(Path.GetTempPath(), "new", "kim", "kim-b", "--source", _site, "--desa", "sumberagung");

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(_site, "content/kim-b/kim.yml")));
    }

    [Fact]
    public void Help_describes_both_commands()
    {
        var kim = CliRunner.Run(_site, "new", "kim", "--help");
        foreach (var option in new[] { "--name", "--desa", "--kecamatan", "--cluster", "--source", "--lang" })
        {
            Assert.Contains(option, kim.Stdout);
        }

        var post = CliRunner.Run(_site, "new", "post", "--help");
        foreach (var option in new[] { "--kim", "--type", "--author", "--tags", "--summary", "--bundle", "--source", "--lang" })
        {
            Assert.Contains(option, post.Stdout);
        }
    }
}
