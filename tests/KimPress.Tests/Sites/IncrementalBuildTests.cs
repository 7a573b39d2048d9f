using KimPress.Build;
using KimPress.Output;
using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

/// <summary>
/// A second build reuses what did not change — parse results from the cache, output files from
/// the previous output — and still produces exactly what a cold build would.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string PostPath = "content/kim-sukamaju/posts/2024-03-01-posyandu-aktif.md";

    private static BuildResult BuildTo(MiniSite site, IOutputSink output, bool useCache = true, bool serial = false) =>
        SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = output, OutputIdentity = "memory", Now = MiniSite.Now, UseCache = useCache, Serial = serial });

    private static MemoryOutput Cold(MiniSite site)
    {
        var output = new MemoryOutput();
        Assert.True(BuildTo(site, output, useCache: false).Succeeded);
        return output;
    }

    private static void AssertSameFiles(MemoryOutput expected, MemoryOutput actual)
    {
        Assert.Equal(expected.Files.Keys.Order(StringComparer.Ordinal), actual.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected.Files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual.Files[path]), $"{path} differs");
        }
    }

    [Fact]
    public void An_unchanged_site_is_reused_without_rendering_a_page()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var first = new MemoryOutput();
        var cold = BuildTo(site, first);
        var second = new MemoryOutput(first.Files);
        var warm = BuildTo(site, second);

        Assert.True(cold.Rendered > 20);
        Assert.Equal(0, warm.Rendered);
        Assert.Equal(warm.PagesWritten, warm.Unexamined);
        Assert.Equal(first.Files.Count, warm.Reused);
        AssertSameFiles(first, second);
    }

    [Fact]
    public void Files_that_settled_before_the_last_build_are_not_read_while_their_stamp_is_the_same()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        Thread.Sleep(TimeSpan.FromSeconds(2.2)); // older than the two seconds a stamp must have settled for
        var first = new MemoryOutput();
        var cold = BuildTo(site, first);
        var second = new MemoryOutput(first.Files);
        var warm = BuildTo(site, second);

        Assert.True(cold.SourcesRead >= 3, $"read {cold.SourcesRead}");
        Assert.Equal(0, warm.SourcesRead);
        AssertSameFiles(first, second);

        // An edit is seen, and only the edited file is read.
        var path = Path.Combine(site.Root, PostPath);
        File.WriteAllText(path, File.ReadAllText(path).Replace("kembali **menimbang** balita", "kembali **menimbang dan mengukur** balita", StringComparison.Ordinal));
        var third = new MemoryOutput(second.Files);
        var edited = BuildTo(site, third);
        Assert.Equal(1, edited.SourcesRead);
        AssertSameFiles(Cold(site), third);
    }

    [Fact]
    public void An_edit_that_keeps_the_size_and_puts_the_modification_time_back_is_still_seen()
    {
        // Like rsync -t or touch -r after an edit: only the change time (which no program can
        // set) and the content tell. The stamp includes it.
        using var site = MiniSite.Basic();
        site.Materialize();
        Thread.Sleep(TimeSpan.FromSeconds(2.2));
        var first = new MemoryOutput();
        BuildTo(site, first);

        var path = Path.Combine(site.Root, PostPath);
        var modified = File.GetLastWriteTimeUtc(path);
        var text = File.ReadAllText(path);
        var edited = text.Replace("kembali **menimbang** balita", "kembali **MENIMBANG** balita", StringComparison.Ordinal);
        Assert.NotEqual(text, edited);
        File.WriteAllText(path, edited);
        File.SetLastWriteTimeUtc(path, modified);
        Assert.Equal(text.Length, new FileInfo(path).Length);
        Assert.Equal(modified, File.GetLastWriteTimeUtc(path));

        var second = new MemoryOutput(first.Files);
        var warm = BuildTo(site, second);
        Assert.Equal(1, warm.SourcesRead);
        Assert.Contains("MENIMBANG", System.Text.Encoding.UTF8.GetString(second.Files["kim-sukamaju/posyandu-aktif/index.html"]), StringComparison.Ordinal);
        AssertSameFiles(Cold(site), second);
    }

    [Fact]
    public void A_file_changed_just_before_a_build_is_read_again_by_the_next_one()
    {
        // Its stamp might not change if it were edited again within the same clock tick.
        using var site = MiniSite.Basic();
        site.Materialize();
        var first = new MemoryOutput();
        var cold = BuildTo(site, first);
        var warm = BuildTo(site, new MemoryOutput(first.Files));

        Assert.Equal(cold.SourcesRead, warm.SourcesRead);
    }

    [Fact]
    public void Editing_one_post_body_rerenders_only_what_shows_it()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var first = new MemoryOutput();
        BuildTo(site, first);

        site.With(PostPath, File.ReadAllText(Path.Combine(site.Root, PostPath)).Replace("kembali **menimbang** balita", "kembali **menimbang dan mengukur** balita", StringComparison.Ordinal)).Materialize();
        var second = new MemoryOutput(first.Files);
        var result = BuildTo(site, second);

        Assert.Equal(1, result.Rendered);
        Assert.Equal(result.PagesWritten - 1, result.Unexamined);
        var changed = second.Files.Where(f => !first.Files.TryGetValue(f.Key, out var old) || !old.AsSpan().SequenceEqual(f.Value)).Select(f => f.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["feed.xml", "kim-sukamaju/feed.xml", "kim-sukamaju/posyandu-aktif/index.html"], changed);
        AssertSameFiles(Cold(site), second);
    }

    [Theory]
    [InlineData("summary: Posyandu di Dusun Krajan kembali melayani balita setiap Jumat.", "summary: Posyandu Krajan buka lagi setiap Jumat pagi.")]
    [InlineData("tags: [kesehatan, posyandu]", "tags: [kesehatan, posyandu, balita]")]
    [InlineData("date: 2024-03-01 08:30", "date: 2024-05-30 08:30")]
    [InlineData("author: Siti Aminah", "author: Siti Aminah\ndraft: true")]
    [InlineData("category: berita", "category: pengumuman")]
    [InlineData("summary: Posyandu di Dusun Krajan kembali melayani balita setiap Jumat.\n", "")]
    [InlineData("summary: Posyandu di Dusun Krajan kembali melayani balita setiap Jumat.", "image: foto.png\nimage_alt: Timbangan bayi\nsummary: Posyandu di Dusun Krajan kembali melayani balita setiap Jumat.")]
    public void Any_change_lists_can_show_gives_exactly_the_cold_output(string from, string to)
    {
        using var site = MiniSite.Basic().WithBytes("content/kim-sukamaju/posts/foto.png", [0x89, 0x50, 0x4E, 0x47]);
        site.Materialize();
        var first = new MemoryOutput();
        Assert.True(BuildTo(site, first).Succeeded);

        var text = File.ReadAllText(Path.Combine(site.Root, PostPath));
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.With(PostPath, text.Replace(from, to.Replace("\\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal)).Materialize();
        var second = new MemoryOutput(first.Files);
        var result = BuildTo(site, second);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Unexamined < result.PagesWritten - 1, $"{result.Unexamined} of {result.PagesWritten} pages were not looked at");
        AssertSameFiles(Cold(site), second);
    }

    [Fact]
    public void Without_a_summary_a_body_edit_updates_the_lists_that_show_its_start()
    {
        const string path = "content/kim-mekarsari/posts/2024-05-05-pasar-desa.md";
        using var site = MiniSite.Basic();
        site.Materialize();
        var text = File.ReadAllText(Path.Combine(site.Root, path)).Replace("summary: Pasar desa kembali ramai.\n", "", StringComparison.Ordinal);
        site.With(path, text).Materialize();
        var first = new MemoryOutput();
        Assert.True(BuildTo(site, first).Succeeded);

        site.With(path, text.Replace("Pedagang sayur", "Pedagang buah", StringComparison.Ordinal)).Materialize();
        var second = new MemoryOutput(first.Files);
        Assert.True(BuildTo(site, second).Succeeded);

        Assert.Contains("Pedagang buah", second.ReadText("index.html"));
        AssertSameFiles(Cold(site), second);
    }

    [Fact]
    public void A_post_coming_due_or_a_changed_kim_yml_gives_exactly_the_cold_output()
    {
        using var site = MiniSite.Basic().With("content/kim-mekarsari/posts/2024-06-02-pasar-malam.md", """
            ---
            title: Pasar Malam Kersikan
            date: 2024-06-02 19:00
            summary: Pasar malam dibuka.
            ---
            Ramai.
            """);
        site.Materialize();
        var first = new MemoryOutput();
        Assert.True(BuildTo(site, first).Succeeded);
        Assert.DoesNotContain("Pasar Malam Kersikan", first.ReadText("index.html"));

        // A day later the post is due: nothing in content/ changed, only the clock.
        var later = MiniSite.Now.AddDays(2);
        var second = new MemoryOutput(first.Files);
        Assert.True(SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = second, OutputIdentity = "memory", Now = later }).Succeeded);
        Assert.Contains("Pasar Malam Kersikan", second.ReadText("index.html"));
        var cold = new MemoryOutput();
        Assert.True(SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = cold, OutputIdentity = "memory", Now = later, UseCache = false }).Succeeded);
        AssertSameFiles(cold, second);

        site.With("content/kim-mekarsari/kim.yml", File.ReadAllText(Path.Combine(site.Root, "content/kim-mekarsari/kim.yml")).Replace("KIM Mekar Sari", "KIM Mekarsari Jaya", StringComparison.Ordinal)).Materialize();
        var third = new MemoryOutput(second.Files);
        Assert.True(SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = third, OutputIdentity = "memory", Now = later }).Succeeded);
        var coldAgain = new MemoryOutput();
        Assert.True(SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = coldAgain, OutputIdentity = "memory", Now = later, UseCache = false }).Succeeded);
        AssertSameFiles(coldAgain, third);
        Assert.Contains("KIM Mekarsari Jaya", third.ReadText("index.html"));
    }

    [Fact]
    public void Editing_a_title_rerenders_the_lists_and_neighbours_that_show_it()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var first = new MemoryOutput();
        BuildTo(site, first);

        site.With(PostPath, File.ReadAllText(Path.Combine(site.Root, PostPath)).Replace("title: Posyandu Balita Kalianyar Kembali Aktif", "title: Posyandu Balita Kalianyar Aktif Lagi", StringComparison.Ordinal)).Materialize();
        var second = new MemoryOutput(first.Files);
        var result = BuildTo(site, second);

        Assert.InRange(result.Rendered, 5, result.PagesWritten / 2);
        Assert.Contains("kim-sukamaju/kerja-bakti/index.html", second.Files.Keys.Where(k => !second.Reused.Contains(k)));
        Assert.Contains("Aktif Lagi", second.ReadText("index.html"));
        AssertSameFiles(Cold(site), second);
    }

    [Fact]
    public void A_change_to_site_yml_or_the_theme_rerenders_everything()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var first = new MemoryOutput();
        var cold = BuildTo(site, first);

        site.With("layouts/404.html", "<p>{{ page.title }}!</p>").Materialize();
        var afterTheme = BuildTo(site, new MemoryOutput(first.Files));
        Assert.Equal(cold.Rendered, afterTheme.Rendered);

        site.With("site.yml", MiniSite.SiteYml.Replace("Kabar dari KIM", "Berita dari KIM", StringComparison.Ordinal)).Materialize();
        var afterConfig = BuildTo(site, new MemoryOutput(first.Files));
        Assert.Equal(cold.Rendered, afterConfig.Rendered);
    }

    [Fact]
    public void A_corrupted_cache_costs_time_not_correctness()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var expected = Cold(site);
        var cacheDirectory = Path.Combine(site.Root, ".kimpress-cache");

        // Garbage in the body pack: every cached body fails verification and is parsed again.
        BuildTo(site, new MemoryOutput());
        foreach (var pack in Directory.EnumerateFiles(cacheDirectory, "*.pack"))
        {
            var bytes = File.ReadAllBytes(pack);
            Array.Fill(bytes, (byte)'X');
            File.WriteAllBytes(pack, bytes);
        }

        var afterGarbage = new MemoryOutput();
        Assert.True(BuildTo(site, afterGarbage).Succeeded);
        AssertSameFiles(expected, afterGarbage);

        // A truncated pack, then a broken index.
        foreach (var pack in Directory.EnumerateFiles(cacheDirectory, "*.pack"))
        {
            File.WriteAllBytes(pack, []);
        }

        var afterTruncate = new MemoryOutput();
        Assert.True(BuildTo(site, afterTruncate).Succeeded);
        AssertSameFiles(expected, afterTruncate);

        // A damaged index: cut short, bytes flipped in the middle, or not an index at all.
        var index = Path.Combine(cacheDirectory, "index.bin");
        Assert.True(BuildTo(site, new MemoryOutput()).Succeeded);
        var good = File.ReadAllBytes(index);
        var flipped = (byte[])good.Clone();
        for (var i = good.Length / 3; i < good.Length / 3 + 64 && i < good.Length; i++)
        {
            flipped[i] ^= 0x5A;
        }

        foreach (var damaged in (byte[][])[good[..(good.Length / 2)], flipped, "{\"Fingerprint\": 42, ["u8.ToArray(), []])
        {
            File.WriteAllBytes(index, damaged);
            var afterIndex = new MemoryOutput();
            Assert.True(BuildTo(site, afterIndex).Succeeded);
            AssertSameFiles(expected, afterIndex);
        }
    }

    [Fact]
    public void A_file_changed_behind_the_caches_back_is_still_seen()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var full = Path.Combine(site.Root, PostPath);
        var first = new MemoryOutput();
        BuildTo(site, first);

        // Same size, same modification time, different bytes.
        var text = File.ReadAllText(full);
        var time = File.GetLastWriteTimeUtc(full);
        File.WriteAllText(full, text.Replace("menimbang", "MENIMBANG", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(full, time);
        var second = new MemoryOutput(first.Files);
        BuildTo(site, second);

        Assert.Contains("MENIMBANG", second.ReadText("kim-sukamaju/posyandu-aktif/index.html"));
    }

    [Fact]
    public void A_deleted_image_is_reported_even_though_the_post_is_cached()
    {
        using var site = MiniSite.Basic()
            .WithBytes("content/kim-sukamaju/posts/2024-05-01-foto/foto.png", [1, 2, 3])
            .With("content/kim-sukamaju/posts/2024-05-01-foto/index.md", "---\ntitle: Foto\nsummary: s\n---\n![Foto](foto.png)\n");
        site.Materialize();
        Assert.True(BuildTo(site, new MemoryOutput()).Succeeded);

        File.Delete(Path.Combine(site.Root, "content/kim-sukamaju/posts/2024-05-01-foto/foto.png"));
        var result = BuildTo(site, new MemoryOutput());

        Assert.Equal("KP0205", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Cached_warnings_are_reported_again()
    {
        using var site = MiniSite.Basic().With("content/kim-sukamaju/posts/2024-05-01-tanpa.md", "---\ntitle: Tanpa ringkasan\n---\nx\n");
        site.Materialize();
        var first = BuildTo(site, new MemoryOutput());
        var second = BuildTo(site, new MemoryOutput());

        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        Assert.Single(second.Diagnostics);
    }

    [Fact]
    public void On_disk_unchanged_files_keep_their_bytes_and_modification_time()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var (output, options) = OnDisk(site);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var before = ModificationTimes(output);
        Thread.Sleep(20);

        site.With(PostPath, File.ReadAllText(Path.Combine(site.Root, PostPath)).Replace("menimbang", "menimbang dan mengukur", StringComparison.Ordinal)).Materialize();
        var result = SiteBuilder.Build(options);

        Assert.True(result.Succeeded);
        var after = ModificationTimes(output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var touched = after.Where(f => f.Value != before[f.Key]).Select(f => f.Key).Order(StringComparer.Ordinal).ToList();
        // The marker names the finished tree, so it changes with it.
        Assert.Equal([".kimpress-output", "feed.xml", Path.Combine("kim-sukamaju", "feed.xml"), Path.Combine("kim-sukamaju", "posyandu-aktif", "index.html")], touched);

        AssertSameAsColdBuild(site, options, output);

        // Building again with nothing changed touches nothing, the marker included.
        var settled = ModificationTimes(output);
        Thread.Sleep(20);
        Assert.True(SiteBuilder.Build(options).Succeeded);
        Assert.Equal(settled, ModificationTimes(output));
    }

    [Fact]
    public void On_disk_output_files_deleted_by_hand_are_written_again()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var (output, options) = OnDisk(site);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        // The cache still lists them as written by the last build; the sources did not change.
        File.Delete(Path.Combine(output, "kim-sukamaju", "posyandu-aktif", "index.html"));
        File.Delete(Path.Combine(output, "assets", "style.css"));
        Directory.Delete(Path.Combine(output, "tag"), recursive: true);
        var result = SiteBuilder.Build(options);

        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(output, "kim-sukamaju", "posyandu-aktif", "index.html")));
        AssertSameAsColdBuild(site, options, output);
    }

    [Fact]
    public void On_disk_removed_and_added_posts_leave_exactly_the_cold_output()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var (output, options) = OnDisk(site);
        Assert.True(SiteBuilder.Build(options).Succeeded);

        File.Delete(Path.Combine(site.Root, "content/kim-mekarsari/posts/2024-05-05-pasar-desa.md"));
        site.Without("content/kim-mekarsari/posts/2024-05-05-pasar-desa.md").With("content/kim-sukamaju/posts/2024-05-20-baru.md", "---\ntitle: Tulisan Baru\nsummary: s\ntags: [umkm]\n---\nIsi baru.\n").Materialize();
        Assert.True(SiteBuilder.Build(options).Succeeded);

        Assert.False(Directory.Exists(Path.Combine(output, "kim-mekarsari", "pasar-desa")));
        Assert.True(File.Exists(Path.Combine(output, "kim-sukamaju", "baru", "index.html")));
        AssertSameAsColdBuild(site, options, output);
    }

    [Fact]
    public void On_disk_a_damaged_missing_or_stale_outputs_record_costs_time_not_correctness()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var (output, options) = OnDisk(site);
        var records = Path.Combine(site.Root, ".kimpress-cache", "outputs.bin");
        Assert.True(SiteBuilder.Build(options).Succeeded);
        var stale = File.ReadAllBytes(records);

        // The records are what lets an unchanged build reuse every page.
        Assert.Equal(0, SiteBuilder.Build(options).Rendered);

        const string Post = "content/kim-sukamaju/posts/2024-04-10-kerja-bakti.md";
        var edits = 0;
        foreach (var damage in (Func<byte[], byte[]?>[])[_ => stale, good => good[..(good.Length / 2)], good => [.. good.Select((b, i) => i > 20 && i < 80 ? (byte)(b ^ 0x5A) : b)], _ => null])
        {
            // A title edit changes many pages; then the records are replaced by an older build's,
            // cut short, flipped or deleted, and the next build must still equal a cold one.
            File.WriteAllText(Path.Combine(site.Root, Post), File.ReadAllText(Path.Combine(site.Root, Post)).Replace("title: Kerja Bakti", $"title: Kerja Bakti {++edits}", StringComparison.Ordinal));
            Assert.True(SiteBuilder.Build(options).Succeeded);
            if (damage(File.ReadAllBytes(records)) is { } bytes)
            {
                File.WriteAllBytes(records, bytes);
            }
            else
            {
                File.Delete(records);
            }

            File.Delete(Path.Combine(output, "kim-sukamaju", "posyandu-aktif", "index.html"));
            Assert.True(SiteBuilder.Build(options).Succeeded);
            AssertSameAsColdBuild(site, options, output);
        }
    }

    /// <summary>Options that build <paramref name="site"/> into its public/ folder on disk, as <c>kimpress build</c> does.</summary>
    private static (string Output, BuildOptions Options) OnDisk(MiniSite site)
    {
        var output = Path.Combine(site.Root, "public");
        return (output, new BuildOptions { SourceDirectory = site.Root, OutputDirectory = output, Now = MiniSite.Now });
    }

    /// <summary>Every file below <paramref name="output"/> (relative path) with its modification time.</summary>
    private static Dictionary<string, DateTime> ModificationTimes(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(output, f), File.GetLastWriteTimeUtc);

    /// <summary>A cold build (no cache) of the same site into a fresh folder gives the same files as <paramref name="output"/>.</summary>
    private static void AssertSameAsColdBuild(MiniSite site, BuildOptions options, string output)
    {
        var cold = Path.Combine(site.Root, "..", Path.GetFileName(site.Root) + "-cold");
        try
        {
            Assert.True(SiteBuilder.Build(options with { OutputDirectory = cold, UseCache = false }).Succeeded);
            Assert.Equal(CliRunner.Snapshot(cold), CliRunner.Snapshot(output));
        }
        finally
        {
            Directory.Delete(cold, recursive: true);
        }
    }

    [Fact]
    public void Cold_incremental_serial_and_parallel_builds_are_byte_identical()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var cold = Cold(site);
        var serialCold = new MemoryOutput();
        BuildTo(site, serialCold, useCache: false, serial: true);
        var warmFirst = new MemoryOutput();
        BuildTo(site, warmFirst, serial: true);
        var warm = new MemoryOutput(warmFirst.Files);
        BuildTo(site, warm);

        AssertSameFiles(cold, serialCold);
        AssertSameFiles(cold, warmFirst);
        AssertSameFiles(cold, warm);
    }
}
