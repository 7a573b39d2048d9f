using AngleSharp;
using CsCheck;
using KimPress.Build;
using KimPress.Diagnostics;
using KimPress.Output;
using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

/// <summary>
/// Property: whatever a KIM member commits — random front matter, random Markdown, odd file
/// names and encodings — a build ends in published output or in diagnostics, never in an
/// exception, and never writes outside its output.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Keys =
        ["title", "date", "author", "tags", "category", "summary", "image", "image_alt", "draft", "claim", "updated", "titel", "slug", "layout", "", "x: y", "- a"];

    private static readonly string[] Values =
    [
        "Kabar Desa", "\"{{ site.title }}\"", "'<script>alert(1)</script>'", "2024-03-01", "2024-02-30", "1 Maret 2024", "Jumat, 1 Maret 2024 08.30",
        "[a, b, c]", "{ a: b }", "&x [1, 2]", "*x", "~", "null", "true", "ya", "-1", "99999999999999999999", "\"\"", "'", "\"", ":", "|\n  blok\n  teks",
        "[[[[[[[[[[]]]]]]]]]]", "{ rating: HOAKS, text: x }", "{ rating: , references: [ { title: t, url: javascript:x } ] }", "../../../site.yml", "foto.png",
        "https://example.org/a.jpg", "data:image/png;base64,AAAA", "javascript:alert(1)", "🙂 émoji", "\t", "?", "!!binary AAAA", "!tag x", "<<: *x",
    ];

    private static readonly string[] Markdown =
    [
        "Teks biasa. ", "\n", "\n\n", "*", "**", "_", "~~", "`", "```\n", "[", "]", "(", ")", "](", "![", "<", ">", "> ", "- ", "1. ", "  ", "    ", "\t", "|", "| a | b |\n|---|---|\n",
        "# ", "## ", "---\n", "[^1]", "[^1]: catatan\n", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<iframe src=\"https://evil.example\">", "<a href=\"javascript:x\">",
        "http://a.b/", "www.example.org", "javascript:alert(1)", "<javascript:alert(1)>", "<data:text/html,x>", "<https://a.b/>", "data:text/html,x", "../", "foto.png", "../../kim-b/", "{{ 1 + 1 }}", "&amp;", "&#0;", "\u202e", "\uFEFF", "é", "🙂", "\r\n", "\r",
        "- [ ] ", "- [x] ", "<details>", "</div>", "<!--", "-->", "\\", "*a*", "[a](b)", "[a]: /u\n", "[a]",
    ];

    private static Gen<T> Pick<T>(params T[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static readonly Gen<string> FrontMatter =
        Gen.Select(Pick(Keys), Pick(Values), (k, v) => $"{k}: {v}").Array[0, 12].Select(lines => string.Join("\n", lines));

    private static readonly Gen<string> Body = Pick(Markdown).Array[0, 60].Select(parts => string.Concat(parts));

    private static readonly Gen<string> FileName = Pick(
        "2024-03-01-kabar.md", "2024-03-01-kabar/index.md", "kabar.md", "2024-13-01-x.md", "2024-03-01-Kabar Desa.md", "2024-03-01-tentang.md", "2024-03-01-page.md", "2024-03-01-a.MD", "2024-03-01-..md");

    [Fact]
    public void Any_post_ends_in_output_or_diagnostics()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var encoders = new Func<string, byte[]>[]
        {
            s => System.Text.Encoding.UTF8.GetBytes(s),
            s => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(s.Replace("\n", "\r\n", StringComparison.Ordinal))],
            s => System.Text.Encoding.Latin1.GetBytes(s),
            s => System.Text.Encoding.Unicode.GetBytes(s),
            s => [.. System.Text.Encoding.UTF8.GetBytes(s), 0],
        };
        var postsDirectory = Path.Combine(site.Root, "content", "kim-sukamaju", "posts");
        var outside = CliRunner.Snapshot(site.Root);

        Gen.Select(FrontMatter, Body, FileName, Gen.Int[0, encoders.Length - 1], Gen.Bool).Sample((frontMatter, body, name, encoding, withFence) =>
        {
            var path = Path.Combine(postsDirectory, "fuzz", name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = withFence ? $"---\n{frontMatter}\n---\n{body}" : frontMatter + "\n" + body;
            File.WriteAllBytes(path, encoders[encoding](text));
            try
            {
                // The fuzzed post sits one folder down; move it where posts live.
                var target = Path.Combine(postsDirectory, name);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(path, target, overwrite: true);
                var output = new MemoryOutput();
                var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = output, Now = MiniSite.Now });

                Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.Severity == Severity.Error));
                Assert.True(result.Succeeded == (output.Files.Count > 0));
                Assert.All(output.Files.Keys, k => Assert.False(k.Contains("..", StringComparison.Ordinal) || k.StartsWith('/')));
                if (result.Succeeded)
                {
                    AssertNothingRuns(output);
                }
            }
            finally
            {
                Directory.Delete(Path.Combine(postsDirectory, "fuzz"), recursive: true);
                var target = Path.Combine(postsDirectory, name);
                var bundle = Path.GetDirectoryName(target)!;
                if (bundle != postsDirectory)
                {
                    Directory.Delete(bundle, recursive: true);
                }
                else
                {
                    File.Delete(target);
                }
            }
        }, iter: 400, threads: 1);

        Assert.Equal(outside, CliRunner.Snapshot(site.Root));
    }

    [Fact]
    public void Any_body_under_valid_front_matter_publishes_nothing_that_runs()
    {
        using var site = MiniSite.Basic();
        site.Materialize();
        var path = Path.Combine(site.Root, "content", "kim-sukamaju", "posts", "2024-05-01-acak.md");
        var published = 0;
        Body.Sample(body =>
        {
            File.WriteAllText(path, "---\ntitle: Acak\nsummary: Isi acak.\n---\n" + body);
            var output = new MemoryOutput();
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = output, Now = MiniSite.Now });
            Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.Severity == Severity.Error));
            if (result.Succeeded)
            {
                published++;
                AssertNothingRuns(output);
            }
        }, iter: 300, threads: 1);

        // The property is only worth something if most random bodies do get published.
        Assert.True(published > 100, $"only {published} of 300 random bodies were published");
    }

    // Attributes a browser (or a link preview) takes as an address.
    private static readonly HashSet<string> AddressAttributes = new(StringComparer.OrdinalIgnoreCase)
        { "href", "src", "srcset", "action", "formaction", "poster", "data", "background", "cite", "ping", "xlink:href", "manifest" };

    private static bool IsAddress(AngleSharp.Dom.IElement element, string attribute) =>
        AddressAttributes.Contains(attribute)
        || (attribute == "content" && element.LocalName == "meta"
            && (element.GetAttribute("property") ?? element.GetAttribute("name")) is "og:url" or "og:image" or "twitter:image");

    private static void AssertNothingRuns(MemoryOutput output)
    {
        var context = BrowsingContext.New(AngleSharp.Configuration.Default);
        foreach (var page in output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = context.OpenAsync(r => r.Content(System.Text.Encoding.UTF8.GetString(page.Value))).GetAwaiter().GetResult();
            // A post's JSON-LD is a data block browsers never run: one per page at most, and nothing else.
            Assert.Empty(document.QuerySelectorAll("script:not([type='application/ld+json']), object, embed, form, base, style, meta[http-equiv]"));
            Assert.True(document.QuerySelectorAll("script").Length <= 1, page.Key);
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{page.Key}: {attribute.Name}");

                    // Only an address can run script: a post whose summary is the text
                    // "javascript:alert(1)" rightly shows it in <meta name="description">.
                    if (!IsAddress(element, attribute.Name))
                    {
                        continue;
                    }

                    var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
                    Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase), $"{page.Key}: {attribute.Name}={attribute.Value}");
                }
            }

            foreach (var frame in document.QuerySelectorAll("iframe"))
            {
                Assert.StartsWith("https://www.youtube", frame.GetAttribute("src") ?? "", StringComparison.Ordinal);
            }
        }
    }
}
