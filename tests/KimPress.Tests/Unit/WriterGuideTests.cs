using System.Text.RegularExpressions;
using KimPress.Diagnostics;
using KimPress.Tests.EndToEnd;
using KimPress.Tests.Support;

namespace KimPress.Tests.Unit;

/// <summary>docs/panduan-penulis.md is bimtek material: its codes and examples must stay true.</summary>
public sealed partial class WriterGuideTests
{
    private static readonly string Root = DemoSiteFixture.FindRepositoryRoot();
    private static readonly string Guide = File.ReadAllText(Path.Combine(Root, "docs", "panduan-penulis.md"));

    [Fact]
    public void Every_code_the_guide_mentions_exists()
    {
        var codes = Code().Matches(Guide).Select(m => m.Value).Distinct().ToList();

        Assert.True(codes.Count >= 20, $"only {codes.Count} codes found");
        Assert.All(codes, code => Assert.True(DiagnosticCodes.ByCode.ContainsKey(code), $"docs/panduan-penulis.md mentions {code}, which does not exist"));
    }

    [Fact]
    public void Messages_quoted_in_the_guide_are_the_ones_kimpress_prints()
    {
        // Every "error|warning KPnnnn: text" line quoted must start with that code's message
        // (up to its first placeholder), in Indonesian.
        var quoted = Quoted().Matches(Guide).ToList();
        Assert.NotEmpty(quoted);
        foreach (var match in quoted)
        {
            var descriptor = DiagnosticCodes.ByCode[match.Groups["code"].Value];
            var fixedStart = descriptor.MessageId.Split('{')[0];
            Assert.True(match.Groups["text"].Value.StartsWith(fixedStart, StringComparison.Ordinal), $"{match.Value}\ndoes not start with \"{fixedStart}\"");
        }
    }

    [Fact]
    public void The_example_post_and_hoax_clarification_build()
    {
        var blocks = Fence().Matches(Guide).Select(m => Dedent(m.Groups["body"].Value)).ToList();
        var post = Assert.Single(blocks, b => b.StartsWith("---\ntitle: Posyandu Balita", StringComparison.Ordinal));
        var hoax = Assert.Single(blocks, b => b.Contains("category: klarifikasi-hoaks\n", StringComparison.Ordinal) && b.StartsWith("---", StringComparison.Ordinal));
        using var site = MiniSite.Basic()
            .With("content/kim-sukamaju/posts/2025-11-21-posyandu-balita-kembali-aktif.md", post)
            .With("content/kim-sukamaju/posts/2025-10-22-video-jembatan-ambruk.md", hoax + "Penjelasan.\n");

        var built = site.Build(o => o with { Now = new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero) }).AssertSucceeded();

        Assert.Empty(built.Result.Diagnostics);
        Assert.True(built.Has("kim-sukamaju/posyandu-balita-kembali-aktif/index.html"));
        Assert.Contains("[MISINFORMASI]", built.Text("kim-sukamaju/video-jembatan-ambruk/index.html"));
    }

    [Fact]
    public void The_readme_links_the_guide()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));
        Assert.Contains("(docs/panduan-penulis.md)", readme);
    }

    private static string Dedent(string block)
    {
        var lines = block.Split('\n');
        var indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart(' ').Length);
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' ')));
    }

    [GeneratedRegex(@"KP\d{4}")]
    private static partial Regex Code();

    [GeneratedRegex(@"(?:error|warning) (?<code>KP\d{4}): (?<text>[^\n]+)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^ *```(?:markdown|yaml)\n(?<body>.*?)^ *```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
