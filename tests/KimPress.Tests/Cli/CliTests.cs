using KimPress.Tests.EndToEnd;
using KimPress.Tests.Support;

namespace KimPress.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private readonly string _site = Path.Combine(Path.GetTempPath(), "kimpress-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() =>
        CliRunner.CopyDirectory(Path.Combine(DemoSiteFixture.FindRepositoryRoot(), "tests", "fixtures", "minimal"), _site);

    public void Dispose()
    {
        if (Directory.Exists(_site))
        {
            Directory.Delete(_site, recursive: true);
        }
    }

    [Fact]
    public void Help_describes_every_command_and_option()
    {
        var root = CliRunner.Run(_site, "--help");
        Assert.Equal(0, root.ExitCode);
        Assert.Contains("build", root.Stdout);
        Assert.Contains("check", root.Stdout);

        var build = CliRunner.Run(_site, "build", "--help");
        foreach (var option in new[] { "--source", "--output", "--base-url", "--drafts", "--future", "--serial", "--timings", "--lang", "--format" })
        {
            Assert.Contains(option, build.Stdout);
        }
    }

    [Fact]
    public void Build_writes_public_prints_a_summary_and_changes_no_source_file()
    {
        var before = CliRunner.Snapshot(_site);
        var result = CliRunner.Run(_site, "build");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^Selesai: 1 KIM, 3 tulisan, \d+ halaman \(\d+ file\), 0 peringatan, dalam \d+\.\d+ detik → .*public\n$", result.Stdout);
        Assert.True(File.Exists(Path.Combine(_site, "public", "kim-contoh", "panen-raya", "index.html")));
        var after = CliRunner.Snapshot(_site);
        Assert.Equal(before, new SortedDictionary<string, string>(after.Where(f => !f.Key.StartsWith("public" + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToDictionary(), StringComparer.Ordinal));
    }

    [Fact]
    public void A_content_error_exits_1_lists_the_position_and_leaves_the_old_output_untouched()
    {
        Assert.Equal(0, CliRunner.Run(_site, "build").ExitCode);
        var published = CliRunner.Snapshot(Path.Combine(_site, "public"));
        File.WriteAllText(Path.Combine(_site, "content", "kim-contoh", "posts", "2024-04-01-rusak.md"), "---\ntitle: Rusak\ntags: [a\n---\nx\n");

        var result = CliRunner.Run(_site, "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/kim-contoh/posts/2024-04-01-rusak.md:", result.Stderr);
        Assert.Contains("error KP0002", result.Stderr);
        Assert.Contains("petunjuk:", result.Stderr);
        Assert.Equal(published, CliRunner.Snapshot(Path.Combine(_site, "public")));
    }

    [Fact]
    public void Timings_print_every_stage_with_its_time_allocation_and_gc_pauses()
    {
        var result = CliRunner.Run(_site, "build", "--timings");

        Assert.Equal(0, result.ExitCode);
        foreach (var stage in new[] { "config", "theme", "discover", "cache", "parse", "model", "plan", "digest", "render+write", "publish", "save cache" })
        {
            Assert.Matches($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(stage)} +\d+\.\d ms   \(allocated +\d+ MiB, GC paused +\d+ ms\)$", result.Stderr);
        }

        Assert.Contains("  render+write by kind of page (time summed over threads):", result.Stderr);
        foreach (var kind in new[] { "home", "post", "kim", "tag", "cluster", "kecamatan", "profile", "directory", "list", "404" })
        {
            Assert.Matches($@"(?m)^    {kind} +\d+ pages +\d+ ms   \( *\d+ µs per page\)$", result.Stderr);
        }

        Assert.Matches(@"(?m)^  \(runtime: (server|workstation) GC \d+/\d+/\d+ collections of gen 0/1/2, paused \d+ ms, allocated \d+ MiB; JIT \d+ methods in \d+ ms\)$", result.Stderr);
    }

    [Fact]
    public void Check_writes_nothing()
    {
        var result = CliRunner.Run(_site, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("Diperiksa: 1 KIM, 3 tulisan", result.Stdout);
        Assert.False(Directory.Exists(Path.Combine(_site, "public")));
    }

    [Theory]
    [InlineData("build", "--bogus")]
    [InlineData("build", "--lang", "jv")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(params string[] arguments) => Assert.Equal(2, CliRunner.Run(_site, arguments).ExitCode);

    [Fact]
    public void The_source_folder_is_never_used_as_output()
    {
        var result = CliRunner.Run(_site, "build", "--output", ".");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("folder sumber", result.Stderr);
    }

    [Fact]
    public void A_folder_kimpress_did_not_create_is_not_emptied()
    {
        var foreign = Path.Combine(_site, "dokumen-penting");
        Directory.CreateDirectory(foreign);
        File.WriteAllText(Path.Combine(foreign, "surat.txt"), "jangan dihapus");

        var result = CliRunner.Run(_site, "build", "--output", foreign);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("jangan dihapus", File.ReadAllText(Path.Combine(foreign, "surat.txt")));
        Assert.Single(Directory.EnumerateFileSystemEntries(foreign));
    }

    [Fact]
    public void Json_format_gives_machine_readable_diagnostics()
    {
        File.WriteAllText(Path.Combine(_site, "content", "kim-contoh", "posts", "2024-04-01-tanpa.md"), "---\ntitle: Tanpa ringkasan\n---\nx\n");
        var result = CliRunner.Run(_site, "check", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("KP0302", item.GetProperty("code").GetString());
        Assert.Equal(2, item.GetProperty("line").GetInt32());
    }
}
