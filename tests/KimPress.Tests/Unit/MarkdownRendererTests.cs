using KimPress.Diagnostics;
using KimPress.Markdown;
using KimPress.PostProcessing;

namespace KimPress.Tests.Unit;

/// <summary>Input → output examples for every Markdown feature KIM members can use.</summary>
public sealed class MarkdownRendererTests
{
    private static readonly string Directory = Path.Combine(Path.GetTempPath(), "md-site", "content", "kim-a", "posts");
    private static readonly MarkdownRenderer Renderer = new(new LinkResolver("/", new Dictionary<string, string>()), new HtmlSanitizing(), KimPress.Configuration.LimitSettings.Default);

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var html = Renderer.Render(markdown, 5, "post.md", Directory, Path.GetDirectoryName(Directory)!, diagnostics).Html;
        return (html.Trim(), diagnostics.Sorted());
    }

    [Theory]
    [InlineData("**tebal** dan *miring*", "<p><strong>tebal</strong> dan <em>miring</em></p>")]
    [InlineData("~~batal~~", "<p><del>batal</del></p>")]
    [InlineData("## Jadwal Posyandu", "<h2 id=\"jadwal-posyandu\">Jadwal Posyandu</h2>")]
    [InlineData("# Judul\n\n## Sub", "<h2 id=\"judul\">Judul</h2>\n<h3 id=\"sub\">Sub</h3>")]
    [InlineData("- [x] selesai\n- [ ] belum", "<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" checked=\"checked\" /> selesai</li>\n<li class=\"task-list-item\"><input disabled=\"disabled\" type=\"checkbox\" /> belum</li>\n</ul>")]
    [InlineData("Lihat https://kim.example.id/info", "<p>Lihat <a href=\"https://kim.example.id/info\">https://kim.example.id/info</a></p>")]
    [InlineData("| A | B |\n|---|---|\n| 1 | 2 |", "<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>")]
    public void Renders_commonmark_and_gfm(string markdown, string expected)
    {
        var (html, diagnostics) = Render(markdown);
        Assert.Equal(expected, html);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Footnotes_link_both_ways()
    {
        var (html, _) = Render("Data[^1].\n\n[^1]: Sumber: BPS.");
        Assert.Contains("href=\"#fn:1\"", html);
        Assert.Contains("id=\"fn:1\"", html);
        Assert.Contains("href=\"#fnref:1\"", html);
    }

    [Fact]
    public void Images_load_lazily_and_missing_alt_is_a_warning()
    {
        var (html, diagnostics) = Render("![](https://img.example/a.jpg)");
        Assert.Contains("loading=\"lazy\"", html);
        Assert.Equal(("KP0301", 5, 1), (diagnostics.Single().Code, diagnostics.Single().Location.Line, diagnostics.Single().Location.Column));
    }

    [Theory]
    [InlineData("[klik](javascript:alert(1))")]
    [InlineData("[klik](JAVASCRIPT:alert(1))")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[klik](vbscript:msgbox)")]
    public void Unsafe_link_schemes_are_neutralised_and_reported(string markdown)
    {
        var (html, diagnostics) = Render(markdown);
        Assert.DoesNotContain("script:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(diagnostics, d => d.Code == "KP0216");
    }

    [Theory]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("Teks <JavaScript:alert(1)*a*> teks")]
    [InlineData("data:text/html,x<javascript:alert(1)*a*>")]
    [InlineData("<vbscript:msgbox>")]
    [InlineData("<data:text/html,x>")]
    public void Unsafe_addresses_in_angle_brackets_are_not_links(string markdown)
    {
        var (html, diagnostics) = Render(markdown);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("#", link.GetAttribute("href"));
        Assert.Contains(diagnostics, d => d.Code == "KP0216");
    }

    [Theory]
    [InlineData("<https://desa.example/berita>", "https://desa.example/berita")]
    [InlineData("<mailto:kim@desa.example>", "mailto:kim@desa.example")]
    [InlineData("<kim@desa.example>", "mailto:kim@desa.example")]
    public void Safe_addresses_in_angle_brackets_stay_links(string markdown, string href)
    {
        var (html, diagnostics) = Render(markdown);
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.Equal(href, Assert.Single(document.QuerySelectorAll("a")).GetAttribute("href"));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<style>body{display:none}</style>", "<style")]
    [InlineData("<form action=\"https://evil.example\"><input name=p></form>", "<form")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "<iframe")]
    [InlineData("<object data=\"x.swf\"></object>", "<object")]
    [InlineData("<base href=\"https://evil.example/\">", "<base")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "<meta")]
    [InlineData("<p style=\"position:fixed\">x</p>", "style=")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<script")]
    public void Raw_html_is_sanitised(string markdown, string forbidden)
    {
        var (html, _) = Render("Teks.\n\n" + markdown);
        Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Teks.", html);
    }

    [Fact]
    public void Youtube_embeds_survive_sandboxed()
    {
        var (html, _) = Render("<iframe src=\"https://www.youtube-nocookie.com/embed/abc123\" title=\"Video\"></iframe>");
        Assert.Contains("src=\"https://www.youtube-nocookie.com/embed/abc123\"", html);
        Assert.Contains("sandbox=", html);
    }

    [Fact]
    public void Harmless_raw_html_is_kept()
    {
        var (html, _) = Render("<details><summary>Rincian</summary>Isi</details>\n\nH<sub>2</sub>O");
        Assert.Contains("<details>", html);
        Assert.Contains("<sub>2</sub>", html);
    }
}
