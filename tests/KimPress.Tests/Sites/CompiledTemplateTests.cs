using CsCheck;
using KimPress.Build;
using KimPress.Configuration;
using KimPress.Diagnostics;
using KimPress.Output;
using KimPress.Tests.EndToEnd;
using KimPress.Tests.Support;
using Xunit;

namespace KimPress.Tests.Sites;

/// <summary>
/// The compiled templates (Rendering/CompiledTemplates) must write exactly what Scriban's
/// interpreter writes, for every page, or leave the page to Scriban. Each test builds the same
/// site both ways and compares every file.
/// </summary>
public class CompiledTemplateTests
{
    [Fact]
    public void The_default_theme_is_compiled()
    {
        var root = DemoSiteFixture.FindRepositoryRoot();
        Assert.True(IsCompiled(root));
    }

    [Fact]
    public void The_demo_site_is_byte_for_byte_the_same_compiled_and_interpreted()
    {
        var root = DemoSiteFixture.FindRepositoryRoot();
        var compiled = new MemoryOutput();
        var interpreted = new MemoryOutput();
        var now = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
        var a = SiteBuilder.Build(new BuildOptions { SourceDirectory = root, Output = compiled, UseCache = false, Now = now });
        var b = SiteBuilder.Build(new BuildOptions { SourceDirectory = root, Output = interpreted, UseCache = false, Now = now, InterpretTemplates = true });

        Assert.True(a.Succeeded && b.Succeeded);
        Assert.True(a.TemplatesCompiled);
        Assert.Equal(0, a.PagesLeftToScriban);
        Assert.Equal(0, a.PartialsLeftToScriban);
        Assert.False(b.TemplatesCompiled);

        AssertSameFiles(interpreted, compiled, atLeastPages: 100);
    }

    // Every construct the compiler handles, in the places where Scriban's indentation and scoping
    // rules show: includes indented inside loops, loop variables seen by included partials, `for`
    // of nested loops, assignment seen by a partial, else-if chains, comparisons of text and of
    // numbers, printed numbers and booleans, a cached partial written at an indent, and text with
    // characters HTML escapes.
    private const string Post = """
        <article>
          {{~ x = post.summary.title }}
          <h1>{{ x }}</h1>
          {{ include "partials/extra.html" }}
          <ul>
            {{~ for tag in post.summary.tags }}
            <li data-first="{{ for.first }}" data-last="{{ for.last }}" data-i="{{ for.index }}">{{ tag.title }}
              {{ include "partials/tag.html" }}
              {{~ for c in page.breadcrumbs }}{{ if !for.last }}[{{ c.title }}|{{ tag.title }}]{{ end }}{{ end }}
            </li>
            {{~ end }}
          </ul>
          {{ if post.summary.tags.size > 1 }}many{{ else if post.summary.tags.size == 1 }}one{{ else }}none{{ end }}
          {{ if page.kind != "post" || x < "M" }}lt{{ end }}{{ if x >= "M" && post.reading_minutes <= 100 }}ge{{ end }}
          <p>{{ post.reading_minutes }} {{ post.summary.is_draft }} {{ !post.author }} {{ t "reading_time" post.reading_minutes }}</p>
            {{ include_cached "partials/site-footer.html" }}
          <div>
        {{ post.body }}
          </div>
            {{ include "partials/trim.html" }}
        </article>
        """;

    // Whitespace control leaves empty text between tags, at an indent.
    private const string Trim = """
        <ul>
        {{~ for tag in post.summary.tags ~}}
        <li>{{ tag.title }}</li>
        {{~ end ~}}
        </ul>
        {{ "" }}
        {{~ for tag in post.summary.tags }}{{ end ~}}
        <p>
        {{~ "" ~}}
        x</p>
        """;

    private const string Extra = """
        <aside>
          {{~ if kim }}
          <b>{{ kim.summary.name }}</b>
          {{~ end }}
            {{ x }}
        </aside>
        """;

    private const string Tag = """
        <span>{{ tag.title }} &amp; {{ tag.url }}</span>
          <i>{{ x }}</i>
        """;

    [Fact]
    public void A_theme_using_everything_the_compiler_handles_is_compiled_and_writes_what_Scriban_writes()
    {
        using var compiled = ThemedSite();
        using var interpreted = ThemedSite();
        Assert.True(IsCompiled(compiled.Materialize().Root));

        var a = compiled.Build().AssertSucceeded();
        var b = interpreted.Build(o => o with { InterpretTemplates = true }).AssertSucceeded();

        AssertSameFiles(b.Output, a.Output, atLeastPages: 10);
        Assert.True(a.Result.TemplatesCompiled);
        Assert.Equal(0, a.Result.PagesLeftToScriban);
        Assert.Equal(0, a.Result.PartialsLeftToScriban);
        var page = a.Text("kim-sukamaju/posyandu-aktif/index.html");
        Assert.Contains("data-last=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("Tetap &quot;Sehat&quot; &amp; &lt;Ceria&gt;", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_with_constructs_the_compiler_does_not_handle_is_rendered_by_Scriban()
    {
        using var piped = MiniSite.Basic().With("layouts/page.html", "<h1>{{ page.title | string.upcase }}</h1>\n");
        Assert.False(IsCompiled(piped.Materialize().Root));
        var result = piped.Build().AssertSucceeded().Result;
        Assert.Equal("layouts/page.html:1: `page.title|string.upcase`", result.TemplatesNotCompiledBecause);
        using var interpreted = MiniSite.Basic().With("layouts/page.html", "<h1>{{ page.title | string.upcase }}</h1>\n");

        AssertSameFiles(interpreted.Build(o => o with { InterpretTemplates = true }).AssertSucceeded().Output, piped.Build().AssertSucceeded().Output, atLeastPages: 10);
    }

    [Theory]
    [InlineData("{{ if page.title == 1 }}one{{ end }}")] // text compared with a number
    [InlineData("{{ site.clusters }}")] // a list printed
    [InlineData("{{ for ch in page.title }}{{ ch }}{{ end }}")] // a loop over text
    [InlineData("{{ if page.kind == null }}none{{ end }}")] // a comparison with null
    public void A_page_with_values_the_compiled_templates_do_not_handle_is_left_to_Scriban(string snippet)
    {
        using var compiled = MiniSite.Basic().With("layouts/post.html", "<p>" + snippet + "</p>\n{{ post.body }}\n");
        using var interpreted = MiniSite.Basic().With("layouts/post.html", "<p>" + snippet + "</p>\n{{ post.body }}\n");
        Assert.True(IsCompiled(compiled.Materialize().Root));

        var a = compiled.Build();
        var b = interpreted.Build(o => o with { InterpretTemplates = true });

        Assert.Equal(b.Result.Succeeded, a.Result.Succeeded);
        Assert.Equal(Messages(b), Messages(a));
        Assert.True(!a.Result.Succeeded || a.Result.PagesLeftToScriban == 3, $"{a.Result.PagesLeftToScriban} pages left to Scriban, expected the 3 posts");
        AssertSameFiles(b.Output, a.Output, atLeastPages: a.Result.Succeeded ? 10 : 0);
    }

    [Fact]
    public void Template_errors_are_Scriban_s_own_messages_at_Scriban_s_own_places()
    {
        // A member of null (posts without a claim) and an unknown variable.
        const string Broken = "<p>{{ post.claim.rating }}</p>\n{{ nothing_here }}\n";
        using var compiled = MiniSite.Basic().With("layouts/post.html", Broken);
        using var interpreted = MiniSite.Basic().With("layouts/post.html", Broken);
        Assert.True(IsCompiled(compiled.Materialize().Root));

        var a = compiled.Build();
        var b = interpreted.Build(o => o with { InterpretTemplates = true });

        Assert.False(a.Result.Succeeded);
        Assert.Contains(a.Result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError.Code);
        Assert.Equal(Messages(b), Messages(a));
    }

    [Theory]
    [InlineData("<b>{{ page.title }}</b>")] // page data, which a cached partial cannot see
    [InlineData("{{ site = 1 }}")] // its read-only `site`
    [InlineData("{{ p = 1 }}")] // its read-only variable
    [InlineData("{{ content }}")] // a page it does not have
    public void A_cached_partial_that_reaches_past_its_scope_fails_as_in_Scriban(string line)
    {
        var card = "<article>{{ p.title }}</article>\n" + line + "\n";
        using var compiled = MiniSite.Basic().With("layouts/partials/post-card.html", card);
        using var interpreted = MiniSite.Basic().With("layouts/partials/post-card.html", card);

        var a = compiled.Build();
        var b = interpreted.Build(o => o with { InterpretTemplates = true });

        Assert.True(a.Result.TemplatesCompiled);
        Assert.False(a.Result.Succeeded);
        Assert.True(a.Result.PartialsLeftToScriban > 0);
        Assert.Equal(Messages(b), Messages(a));
    }

    [Theory]
    [InlineData("<i>{{ include \"partials/loop.html\" }}</i>")] // a partial that includes itself
    [InlineData("<p>{{ content }}</p>")] // a page template that asks for itself
    public void A_template_that_includes_itself_stops_with_Scriban_s_error_instead_of_overflowing_the_stack(string template)
    {
        using var compiled = MiniSite.Basic().With("layouts/partials/loop.html", template).With("layouts/post.html", template);
        using var interpreted = MiniSite.Basic().With("layouts/partials/loop.html", template).With("layouts/post.html", template);
        Assert.True(IsCompiled(compiled.Materialize().Root));

        var a = compiled.Build();
        var b = interpreted.Build(o => o with { InterpretTemplates = true });

        Assert.False(a.Result.Succeeded);
        Assert.Contains(a.Result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError.Code && d.Message("en").Contains("recursive", StringComparison.Ordinal));
        Assert.Equal(Messages(b), Messages(a));
    }

    // Random templates from the constructs the compiler handles — text with line breaks and
    // indents, values, if/else, loops (nested), includes at an indent, cached partials, and every
    // kind of whitespace control — each built compiled and interpreted: same files, or the same errors.
    private static readonly string[] Texts = ["", "a", " ", "\n", "  x\n", "\t<b>\n  ", "é\n", "<i>", "\n\n", "  ", "&amp;"];

    private static readonly string[] Values =
    [
        "page.title", "post.summary.title", "post.reading_minutes", "post.summary.is_draft", "!post.author", "post.author", "site.title",
        "post.summary.tags.size", "t \"tags\"", "t \"reading_time\" post.reading_minutes", "post.body", "page.kind == \"post\"", "x", "x = page.title",
    ];

    private static readonly string[] LoopValues = [.. Values, "tag.title", "tag.url", "for.index", "for.first", "for.last", "x = tag.title"];

    private static readonly string[] Conditions =
        ["post.author", "post.summary.tags.size > 1", "page.kind == \"post\"", "post.reading_minutes < 3 || post.summary.is_draft", "!kim", "kim && post.author", "x"];

    private static Gen<string> Pick(params string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    private static Gen<string> Escape(Gen<string> inner) =>
        Gen.Select(Pick("", "", "  ", "    ", "\n", "\n  "), Pick("{{", "{{~", "{{-"), inner, Pick("}}", "~}}", "-}}"), (indent, open, code, close) => $"{indent}{open} {code} {close}");

    private static Gen<string> RandomTemplate(int depth, bool inLoop, bool includes)
    {
        var options = new List<Gen<string>> { Pick(Texts), Pick(Texts), Escape(Pick(inLoop ? LoopValues : Values)), Escape(Pick(inLoop ? LoopValues : Values)) };
        if (includes)
        {
            options.Add(Escape(Pick("include \"partials/r.html\"", "include_cached \"partials/c.html\"")));
        }

        if (depth > 0)
        {
            var body = RandomTemplate(depth - 1, inLoop, includes);
            options.Add(Gen.Select(Escape(Pick(Conditions).Select(c => "if " + c)), body, Escape(Gen.Const("else")), body, Gen.Bool, Escape(Gen.Const("end")),
                (branch, then, elseKeyword, otherwise, withElse, end) => branch + then + (withElse ? elseKeyword + otherwise : "") + end));
            options.Add(Gen.Select(Escape(Pick("for tag in post.summary.tags", "for tag in page.breadcrumbs")), RandomTemplate(depth - 1, true, includes), Escape(Gen.Const("end")),
                (loop, inner, end) => loop + inner + end));
        }

        return Gen.OneOf([.. options]).Array[0, 5].Select(string.Concat);
    }

    [Fact]
    public void Random_templates_write_the_same_bytes_compiled_and_interpreted()
    {
        var fullyCompiled = 0;
        var runs = 0;
        Gen.Select(RandomTemplate(2, false, true), RandomTemplate(1, false, false), RandomTemplate(1, false, false)).Sample((post, partial, cached) =>
        {
            using var compiled = MiniSite.Basic().With("layouts/post.html", post).With("layouts/partials/r.html", partial).With("layouts/partials/c.html", cached);
            using var interpreted = MiniSite.Basic().With("layouts/post.html", post).With("layouts/partials/r.html", partial).With("layouts/partials/c.html", cached);

            var a = compiled.Build();
            var b = interpreted.Build(o => o with { InterpretTemplates = true });

            Assert.True(a.Result.TemplatesCompiled, a.Result.TemplatesNotCompiledBecause);
            Assert.Equal(Messages(b), Messages(a));
            Assert.Equal(b.Result.Succeeded, a.Result.Succeeded);
            if (a.Result.Succeeded)
            {
                AssertSameFiles(b.Output, a.Output, atLeastPages: 10);
            }

            runs++;
            fullyCompiled += a.Result.Succeeded && a.Result.PagesLeftToScriban == 0 ? 1 : 0;
        }, iter: 60, threads: 1);

        // Most random templates must render on the compiled path, or the comparison proves little.
        Assert.True(fullyCompiled * 3 >= runs, $"only {fullyCompiled} of {runs} random themes rendered every page compiled");
    }

    private static MiniSite ThemedSite() => MiniSite.Basic()
        .With("content/kim-sukamaju/posts/2024-03-01-posyandu-aktif.md", """
            ---
            title: Tetap "Sehat" & <Ceria> di Posyandu
            date: 2024-03-01 08:30
            author: Siti Aminah
            tags: [kesehatan, posyandu, gizi]
            summary: Posyandu kembali melayani balita — setiap Jumat.
            ---
            Kader posyandu kembali **menimbang** balita. Ada café dan naïve.
            """)
        .With("layouts/post.html", Post)
        .With("layouts/partials/extra.html", Extra)
        .With("layouts/partials/tag.html", Tag)
        .With("layouts/partials/trim.html", Trim);

    private static bool IsCompiled(string root)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SiteConfigLoader.Load(root, null, diagnostics) ?? throw new InvalidOperationException("site.yml did not load");
        using var renderer = SiteBuilder.LoadTheme(root, settings, diagnostics) ?? throw new InvalidOperationException("theme did not load");
        return renderer.IsCompiled;
    }

    private static List<string> Messages(BuiltSite site) =>
        [.. site.Result.Diagnostics.Select(d => $"{d.Code} {d.Location} {d.Message("id")}").Order(StringComparer.Ordinal)];

    private static void AssertSameFiles(MemoryOutput expected, MemoryOutput actual, int atLeastPages)
    {
        var paths = expected.Files.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(paths, actual.Files.Keys.Order(StringComparer.Ordinal));
        Assert.True(paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal)) >= atLeastPages, $"only {paths.Count} files");
        foreach (var path in paths)
        {
            Assert.True(expected.Files[path].AsSpan().SequenceEqual(actual.Files[path]), "differs: " + path);
        }
    }
}
