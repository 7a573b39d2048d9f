using System.Net;
using KimPress.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace KimPress.Rendering;

/// <summary>
/// Renders pages with the theme's Scriban templates. Every template is parsed once, when the
/// renderer is created, and shared by all threads; each page gets its own context. Output of
/// <c>{{ expression }}</c> is HTML-escaped unless the value is <see cref="TrustedHtml"/>;
/// templates can call <c>t "key" args…</c> for UI strings, <c>include "partials/x.html"</c>, and
/// <c>include_cached "partials/x.html"</c> for site-wide partials rendered once per build.
/// </summary>
public sealed class TemplateRenderer : IDisposable
{
    /// <summary>The page templates a theme must have, besides layouts/base.html.</summary>
    public static readonly IReadOnlyList<string> PageKinds =
        ["home", "cluster", "kecamatan", "directory", "list", "tag", "kim", "profile", "post", "page", "404"];

    // PageView's members as (snake_case name, getter), found once: importing a view by
    // reflection on every page would cost more than rendering it.
    private static readonly (string Name, Func<PageView, object?> Get)[] ViewMembers =
        [.. typeof(PageView).GetProperties().Select(p => (StandardMemberRenamer.Rename(p.Name), Getter(p)))];

    private readonly Dictionary<string, Template> _templates;
    private readonly Translations _translations;
    private readonly ScriptObject _builtins;

    // One context per thread, reused page after page: a context caches how to read each view
    // type, and preparing those accessors again for every page costs more than the rendering.
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;

    // include_cached: partials that depend only on the site (header, footer), rendered once per
    // build — per site view, since kimpress serve keeps one renderer across many builds.
    private SiteWidePartials _cachedPartials = new(null);

    private TemplateRenderer(Dictionary<string, Template> templates, Translations translations, ThemeFiles files)
    {
        _templates = templates;
        _translations = translations;
        Files = files;

        // Scriban copies its whole function library into every new context unless it is given
        // one: build it once, with our t and include, and share it (nothing writes to it).
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        _builtins.SetValue("t", new TemplateFunction(1, (_, args) => args.Count == 1
            ? _translations.Get(args[0]?.ToString() ?? "")
            : _translations.Get(args[0]?.ToString() ?? "", [.. args.Skip(1)])), readOnly: true);
        _builtins.SetValue("include", new TemplateFunction(1, (ctx, args) => Include(ctx, args[0]?.ToString() ?? "")), readOnly: true);

        // Like Hugo's partialCached: rendered once per build and reused on every page. The partial
        // gets a context of its own that holds only `site` (strict variables turn any use of
        // page data into an error), so its output cannot depend on which page asked first.
        _builtins.SetValue("include_cached", new TemplateFunction(1, (ctx, args) =>
        {
            var name = args[0]?.ToString() ?? "";
            var site = ctx.CurrentGlobal is { } global && global.TryGetValue("site", out var value) ? value : null;
            var partials = _cachedPartials;
            if (!ReferenceEquals(partials.Site, site))
            {
                partials = new SiteWidePartials(site);
                _cachedPartials = partials;
            }

            return partials.Rendered.TryGetValue(name, out var cached)
                ? cached
                : partials.Rendered.GetOrAdd(name, RenderSiteWide(name, site));
        }), readOnly: true);
        _contexts = new ThreadLocal<HtmlTemplateContext>(() => new HtmlTemplateContext(_builtins)
        {
            StrictVariables = true,
            LoopLimit = 0,
            EnableRelaxedMemberAccess = false,
        });
    }

    /// <summary>The theme's UI strings.</summary>
    public Translations Translations => _translations;

    /// <summary>The theme's files (for its assets).</summary>
    public ThemeFiles Files { get; }

    /// <summary>Parses every template under layouts/; null after reporting problems.</summary>
    public static TemplateRenderer? Create(ThemeFiles theme, Translations translations, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var name in theme.Names.Where(n => n.StartsWith("layouts/", StringComparison.Ordinal) && n.EndsWith(".html", StringComparison.Ordinal)))
        {
            var template = Template.Parse(theme.ReadText(name)!, name);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
                {
                    diagnostics.Report(DiagnosticCodes.TemplateError, Location(message.Span), message.Message);
                }

                ok = false;
                broken.Add(name["layouts/".Length..]);
                continue;
            }

            templates[name["layouts/".Length..]] = template;
        }

        foreach (var required in PageKinds.Select(k => k + ".html").Prepend("base.html"))
        {
            if (!templates.ContainsKey(required) && !broken.Contains(required))
            {
                diagnostics.Report(DiagnosticCodes.TemplateMissing, new SourceLocation("layouts/" + required), required);
                ok = false;
            }
        }

        return ok ? new TemplateRenderer(templates, translations, theme) : null;
    }

    /// <summary>
    /// Renders <paramref name="view"/> with the template of <paramref name="kind"/>, wrapped in
    /// base.html. Returns null after reporting a template error.
    /// </summary>
    public string? Render(string kind, PageView view, DiagnosticBag diagnostics)
    {
        var context = _contexts.Value!;
        var globals = new ScriptObject(ViewMembers.Length + 1);
        foreach (var (name, get) in ViewMembers)
        {
            globals.SetValue(name, get(view), readOnly: false);
        }

        // {{ content }} in base.html evaluates the page's own template right there, into the same
        // output: the page body is never built as a separate string.
        var page = _templates[kind + ".html"];
        globals.SetValue("content", new TemplateFunction(0, (ctx, _) =>
        {
            page.Page!.Evaluate(ctx);
            return null;
        }), readOnly: true);
        context.PushGlobal(globals);
        try
        {
            return _templates["base.html"].Render(context);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            diagnostics.Report(DiagnosticCodes.TemplateError, Location(ex.Span), ex.OriginalMessage);

            // A failed render can leave the context mid-way; this thread starts afresh next time.
            _contexts.Value = new HtmlTemplateContext(_builtins) { StrictVariables = true, LoopLimit = 0 };
            return null;
        }
        finally
        {
            if (_contexts.Value == context)
            {
                context.PopGlobal();
            }
        }
    }

    private TrustedHtml RenderSiteWide(string name, object? site)
    {
        if (!_templates.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(default, $"include_cached \"{name}\": templat tidak ditemukan");
        }

        var context = new HtmlTemplateContext(_builtins) { StrictVariables = true, LoopLimit = 0 };
        var globals = new ScriptObject();
        globals.SetValue("site", site, readOnly: true);
        context.PushGlobal(globals);
        return new TrustedHtml(partial.Render(context));
    }

    // The partial is evaluated straight into the page's output, at the call site: no string per
    // include (a list page includes a card per post). It returns nothing for the caller to write.
    private object? Include(TemplateContext context, string name)
    {
        if (!_templates.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan, $"include \"{name}\": templat tidak ditemukan");
        }

        partial.Page!.Evaluate(context);
        return null;
    }

    /// <inheritdoc />
    public void Dispose() => _contexts.Dispose();

    // A property getter. Plain reflection: the native build has no JIT for compiled expressions,
    // and a page reads only a dozen of these.
    private static Func<PageView, object?> Getter(System.Reflection.PropertyInfo property) => property.GetValue;

    private static SourceLocation Location(SourceSpan span) =>
        new(span.FileName ?? "layouts", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>A context that escapes every value written by <c>{{ … }}</c>, except <see cref="TrustedHtml"/>.</summary>
    private sealed class HtmlTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
        {
            TrustedHtml html => base.Write(span, html.Value),
            string text => base.Write(span, WebUtility.HtmlEncode(text)),
            null => this,
            _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
        };
    }

    /// <summary>The site-wide partials rendered for one site view.</summary>
    private sealed record SiteWidePartials(object? Site)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, TrustedHtml> Rendered { get; } = new(StringComparer.Ordinal);
    }
}
