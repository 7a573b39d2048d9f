using CsCheck;
using KimPress.Diagnostics;
using KimPress.Markdown;
using KimPress.PostProcessing;
using Markdig.Extensions.AutoLinks;

namespace KimPress.Tests.Unit;

/// <summary>
/// The renderer parses a body without Markdig's autolink parser unless its text holds the start
/// of an address: whatever the body, that must give what parsing with it always gives.
/// </summary>
public sealed class AutoLinkShortcutTests
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), "md-site", "content", "kim-a", "posts");
    private static readonly LinkResolver Links = new("/", new Dictionary<string, string>());
    private static readonly MarkdownRenderer Shortcut = new(Links, new HtmlSanitizing(), KimPress.Configuration.LimitSettings.Default);
    private static readonly MarkdownRenderer Always = new(Links, new HtmlSanitizing(), KimPress.Configuration.LimitSettings.Default) { AlwaysAutoLinks = true };

    // Words that start with the letters the autolink parser is tried at, addresses whole and in
    // pieces, in any case, and the Markdown around which an address may or may not count.
    private static readonly string[] Pieces =
    [
        "membagikan ", "tentang ", "hari ", "warga ", "foto ", "mailto ", "tel ", "www ", "ftp ", "http ", " ", "  ", "\n", "\n\n", "\t",
        "https://kim.example.id/a", "http://a.b/", "HTTP://A.B/", "https://", "http://", "www.example.org", "WWW.EXAMPLE.ORG", "www.", "wwW.x.id",
        "mailto:kim@desa.id", "mailto:", "MAILTO:x@y.id", "tel:+62812", "tel:", "ftp://a.b/c", "ftp://", "x://y", "://", "javascript:alert(1)",
        "*", "**", "_", "~~", "`", "[", "]", "(", ")", "](", "![", "<", ">", "<a href=\"x\">", "</a>", "<https://a.b/>", "\\", "&amp;", "&#58;",
        "| a | b |\n|---|---|\n", "|", "# ", "> ", "- ", "1. ", "[^1]", "[^1]: catatan\n", "[a]: https://a.b/\n", "[a]", "[a](https://a.b/)", ".", ",", ":", "/", "(",
    ];

    private static readonly Gen<string> Body = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(parts => string.Concat(parts));

    private static string Describe(MarkdownRenderer renderer, string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var rendered = renderer.Render(markdown, 5, "post.md", Directory, Path.GetDirectoryName(Directory)!, diagnostics);
        var reported = string.Join("\n", diagnostics.Sorted().Select(d => $"{d.Code} {d.Location} {d.Message}"));
        return $"{rendered.Html}\n--- excerpt: {rendered.Excerpt}\n--- words: {rendered.WordCount}\n--- diagnostics:\n{reported}";
    }

    [Fact]
    public void Random_bodies_render_as_with_the_autolink_parser_always_on()
    {
        Body.Sample(markdown => Assert.Equal(Describe(Always, markdown), Describe(Shortcut, markdown)), iter: 5000, threads: 1);
    }

    [Fact]
    public void An_address_in_a_footnote_nothing_refers_to_counts()
    {
        // Found by the property above: Markdig drops the second [^1] (nothing refers to it) after
        // parsing its text, where http://a.b/ takes the [^1] after it into the address.
        var markdown = "[^1]: catatan\n[^1]: catatan\n  .tel:+62812 [a]: https://a.b/\nhttp://a.b/[^1]<a href=\"x\">~~[a](https://a.b/)";
        Assert.Equal(Describe(Always, markdown), Describe(Shortcut, markdown));
    }

    [Fact]
    public void The_demo_sites_posts_render_as_with_the_autolink_parser_always_on()
    {
        var content = Path.Combine(EndToEnd.DemoSiteFixture.FindRepositoryRoot(), "content");
        var files = System.IO.Directory.GetFiles(content, "*.md", SearchOption.AllDirectories);
        Assert.True(files.Length > 50, $"only {files.Length} Markdown files under {content}");
        foreach (var file in files)
        {
            var markdown = File.ReadAllText(file);
            Assert.Equal(Describe(Always, markdown), Describe(Shortcut, markdown));
        }
    }

    [Theory]
    [InlineData("Info lengkap: https://kim.example.id/info.", "<a href=\"https://kim.example.id/info\">")]
    [InlineData("Kunjungi www.example.org hari ini", "<a href=\"http://www.example.org\">")]
    [InlineData("Surel mailto:kim@desa.id ya", "<a href=\"mailto:kim@desa.id\">")]
    [InlineData("[Tautan](https://a.b/) lalu http://c.d/e", "<a href=\"http://c.d/e\">")]
    public void Bare_addresses_still_become_links(string markdown, string expected)
    {
        Assert.Contains(expected, Describe(Shortcut, markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_letter_the_autolink_parser_starts_at_has_an_address_marker()
    {
        // If a Markdig update teaches the parser a new kind of address, the markers must learn it too.
        var parser = new AutoLinkParser(new AutoLinkOptions());
        var covered = new Dictionary<char, string> { ['h'] = "://", ['f'] = "://", ['m'] = "mailto:", ['w'] = "www.", ['t'] = "tel:" };
        Assert.NotNull(parser.OpeningCharacters);
        foreach (var letter in parser.OpeningCharacters!)
        {
            Assert.True(covered.TryGetValue(letter, out var marker), $"the autolink parser now starts at '{letter}'");
            Assert.Contains(marker, MarkdownRenderer.AddressMarkers);
        }
    }

    [Fact]
    public void No_other_inline_parser_starts_where_the_autolink_parser_does()
    {
        // The shortcut's proof: an address the autolink parser would take lies in plain text of the
        // lean parse only if nothing else can start at its first letter.
        var builder = MarkdownRenderer.Builder(autoLinks: true);
        builder.Build();
        var autoLinks = builder.InlineParsers.Find<AutoLinkParser>();
        Assert.NotNull(autoLinks?.OpeningCharacters);
        var letters = string.Concat(autoLinks.OpeningCharacters.Select(c => $"{char.ToLowerInvariant(c)}{char.ToUpperInvariant(c)}"));
        var others = builder.InlineParsers.Where(p => p is not AutoLinkParser).ToList();
        Assert.Contains(others, p => p.OpeningCharacters is { Length: > 0 });
        foreach (var parser in others)
        {
            Assert.False(parser.OpeningCharacters?.Any(letters.Contains) ?? false, $"{parser.GetType().Name} starts at one of {letters}");
        }
    }

    [Fact]
    public void Every_marker_holds_an_anchor_the_search_starts_from()
    {
        foreach (var marker in MarkdownRenderer.AddressMarkers)
        {
            Assert.True(marker.AsSpan().ContainsAny(MarkdownRenderer.MarkerAnchors), $"\"{marker}\" holds none of \"{MarkdownRenderer.MarkerAnchors}\"");
        }
    }

    [Fact]
    public void The_marker_search_finds_every_marker_a_plain_search_finds()
    {
        // Markers whole, in pieces and overlapping (tel://, mailto://), in any case, with the anchors
        // (':' and '.') also where no marker is.
        string[] pieces = ["://", ":/", "/", ":", ".", "www.", "ww", "w", "W", "WwW.", "mailto:", "MAILTO", "mail", "to:", "tel:", "TeL", "te", "l:", "a", " ", "x.y", "é"];
        var text = Gen.Int[0, pieces.Length - 1].Select(i => pieces[i]).Array[0, 30].Select(parts => string.Concat(parts));
        text.Sample(s =>
        {
            var expected = new List<(int, int)>();
            for (var i = 0; i < s.Length; i++)
            {
                var lengths = MarkdownRenderer.AddressMarkers.Where(m => s.AsSpan(i).StartsWith(m, StringComparison.OrdinalIgnoreCase)).Select(m => m.Length).ToList();
                if (lengths.Count > 0)
                {
                    expected.Add((i, lengths.Min()));
                }
            }

            var found = new List<(int, int)>();
            for (var from = 0; MarkdownRenderer.NextAddressStart(s, from, out var length) is var start and >= 0; from = start + 1)
            {
                found.Add((start, length));
            }

            Assert.Equal(expected, found);
        }, iter: 20000, threads: 1);
    }
}
