using KimPress.Markdown;

namespace KimPress.Tests.Unit;

public sealed class LinkResolverTests
{
    private static readonly string Kim = Path.Combine(Path.GetTempPath(), "site", "content", "kim-a");
    private static readonly string Bundle = Path.Combine(Kim, "posts", "2024-01-01-x");

    private static readonly LinkResolver Resolver = new("/sub/", new Dictionary<string, string>
    {
        [Path.Combine(Bundle, "foto.jpg")] = "kim-a/x/foto.jpg",
        [Path.Combine(Bundle, "index.md")] = "kim-a/x/",
        [Path.Combine(Kim, "posts", "2024-02-01-y.md")] = "kim-a/y/",
        [Path.Combine(Kim, "logo kim.png")] = "kim-a/logo kim.png",
    });

    [Theory]
    [InlineData("foto.jpg", LinkOutcome.Rewritten, "/sub/kim-a/x/foto.jpg")]
    [InlineData("../2024-02-01-y.md#bagian", LinkOutcome.Rewritten, "/sub/kim-a/y/#bagian")]
    [InlineData("../../logo%20kim.png", LinkOutcome.Rewritten, "/sub/kim-a/logo%20kim.png")]
    [InlineData("https://example.org/a", LinkOutcome.Kept, "https://example.org/a")]
    [InlineData("mailto:a@b.id", LinkOutcome.Kept, "mailto:a@b.id")]
    [InlineData("#catatan", LinkOutcome.Kept, "#catatan")]
    [InlineData("/kim-b/z/", LinkOutcome.Rewritten, "/sub/kim-b/z/")]
    [InlineData("javascript:alert(1)", LinkOutcome.Unsafe, "javascript:alert(1)")]
    [InlineData("JaVa\tScRiPt:alert(1)", LinkOutcome.Unsafe, "JaVa\tScRiPt:alert(1)")]
    [InlineData("data:text/html,<script>", LinkOutcome.Unsafe, "data:text/html,<script>")]
    [InlineData("vbscript:x", LinkOutcome.Unsafe, "vbscript:x")]
    [InlineData("../../../kim-b/foto.jpg", LinkOutcome.Outside, "../../../kim-b/foto.jpg")]
    [InlineData("../../../../../etc/passwd", LinkOutcome.Outside, "../../../../../etc/passwd")]
    [InlineData("tidak-ada.jpg", LinkOutcome.Missing, "tidak-ada.jpg")]
    public void Resolves(string url, LinkOutcome outcome, string expected)
    {
        var (actualOutcome, actual) = Resolver.Resolve(url, Bundle, Kim);
        Assert.Equal(outcome, actualOutcome);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Escaping_a_path_is_what_escaping_each_segment_gives()
    {
        // The fast path (nothing to escape) and the slow one must agree on every kind of character.
        const string alphabet = "az09-._~/ %#?&+=:@!$'()*,;[]\"<>^`{|}éÄ中\u00a0\t";
        var random = new Random(4);
        var paths = new List<string> { "", "/", "kim-a/berita-baru/", "kim-a/logo kim.png", "tag/ umkm /", "a//b" };
        for (var i = 0; i < 500; i++)
        {
            paths.Add(new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        }

        foreach (var path in paths)
        {
            Assert.Equal(string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), LinkResolver.EscapePath(path));
        }
    }
}
