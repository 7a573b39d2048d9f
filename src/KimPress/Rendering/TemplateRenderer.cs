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
/// templates can call <c>t "key" args…</c> for UI strings, <c>include "partials/x.html"</c>,
/// <c>include_cached "partials/x.html"</c> for site-wide partials rendered once per build, and
/// <c>include_cached "partials/x.html" p</c> for a partial rendered once per build for each value of
/// <c>p</c> (a post card shown on many list pages). Pages are rendered straight into UTF-8.
/// </summary>
public sealed class TemplateRenderer : IDisposable, CompiledTemplates.ITemplateHost
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
    private readonly CompiledTemplates? _compiled;
    private int _pagesLeftToScriban;
    private int _partialsLeftToScriban;

    // One context per thread, reused page after page: a context caches how to read each view
    // type, and preparing those accessors again for every page costs more than the rendering.
    // Each has its own UTF-8 output, reused too. Cached partials are rendered in contexts of their own.
    private readonly ThreadLocal<HtmlTemplateContext> _contexts;
    private readonly ThreadLocal<HtmlTemplateContext> _cachedContexts;

    [ThreadStatic]
    private static bool _renderingCached;

    // include_cached: partials that depend only on the site (header, footer), rendered once per
    // build — per site view, since kimpress serve keeps one renderer across many builds.
    private SiteWidePartials _cachedPartials = new(null);

    private TemplateRenderer(Dictionary<string, Template> templates, Translations translations, ThemeFiles files, bool compile)
    {
        _templates = templates;
        _translations = translations;
        Files = files;

        // Scriban copies its whole function library into every new context unless it is given
        // one: build it once, with our t and include, and share it (nothing writes to it).
        _builtins = TemplateContext.GetDefaultBuiltinObject();
        NativeBuiltins.FillGaps(_builtins);
        _builtins.SetValue("t", new TemplateFunction(1, (_, args) => _translations.Get(args[0]?.ToString() ?? "", Rest(args))), readOnly: true);
        _builtins.SetValue("include", new TemplateFunction(1, (ctx, args) => Include(ctx, args[0]?.ToString() ?? "")), readOnly: true);

        // Like Hugo's partialCached (see IncludeCached): `site` is the page's own.
        _builtins.SetValue("include_cached", new TemplateFunction(1, (ctx, call, args) =>
        {
            var site = ctx.CurrentGlobal is { } global && global.TryGetValue("site", out var value) ? value : null;
            var name = args[0]?.ToString() ?? "";
            return args.Count == 1
                ? IncludeCached(name, site, null, null)
                : IncludeCached(name, site, CachedVariable(ctx, call, args.Count), args[1]);
        }), readOnly: true);
        _cachedContexts = new ThreadLocal<HtmlTemplateContext>(NewContext);
        _contexts = new ThreadLocal<HtmlTemplateContext>(NewContext);
        string? because = "kimpress was asked to interpret them";
        _compiled = compile ? CompiledTemplates.TryCompile(templates, ViewMembers, this, out because) : null;
        NotCompiledBecause = because;
    }

    /// <summary>Whether pages are rendered by the compiled templates (Scriban still renders any page they leave).</summary>
    public bool IsCompiled => _compiled is not null;

    /// <summary>When the templates are not compiled: the first thing in them the compiler does not handle.</summary>
    public string? NotCompiledBecause { get; }

    /// <summary>Pages the compiled templates left to Scriban so far.</summary>
    public int PagesLeftToScriban => _pagesLeftToScriban;

    /// <summary>Cached partials (include_cached) the compiled templates left to Scriban so far.</summary>
    public int PartialsLeftToScriban => _partialsLeftToScriban;

    /// <summary>The theme's UI strings.</summary>
    public Translations Translations => _translations;

    /// <summary>The theme's files (for its assets).</summary>
    public ThemeFiles Files { get; }

    /// <summary>
    /// Parses every template under layouts/; null after reporting problems. Unless
    /// <paramref name="compile"/> is false, the templates are also compiled (<see cref="CompiledTemplates"/>)
    /// when they use only what the compiler handles; the output is the same either way.
    /// </summary>
    public static TemplateRenderer? Create(ThemeFiles theme, Translations translations, DiagnosticBag diagnostics, bool compile = true)
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

        return ok ? new TemplateRenderer(templates, translations, theme, compile) : null;
    }

    /// <summary>
    /// Renders <paramref name="view"/> with the template of <paramref name="kind"/>, wrapped in
    /// base.html, as UTF-8. The bytes stay valid until this thread renders its next page. Returns
    /// false after reporting a template error.
    /// </summary>
    public bool TryRender(string kind, PageView view, DiagnosticBag diagnostics, out ReadOnlySpan<byte> html)
    {
        var context = _contexts.Value!;
        var output = (Utf8Output)context.Output;
        output.Clear();
        if (_compiled is not null)
        {
            if (_compiled.TryRender(kind, view, output))
            {
                html = output.Written;
                return true;
            }

            // A page the compiled templates leave to Scriban.
            Interlocked.Increment(ref _pagesLeftToScriban);
            output.Clear();
        }

        var globals = new ScriptObject(ViewMembers.Length + 1);
        foreach (var (name, get) in ViewMembers)
        {
            globals.SetValue(name, get(view), readOnly: false);
        }

        // {{ content }} in base.html evaluates the page's own template right there, into the same
        // output: the page body is never built separately.
        var page = _templates[kind + ".html"];
        globals.SetValue("content", new TemplateFunction(0, (ctx, _) =>
        {
            ctx.Evaluate(page.Page!);
            return null;
        }), readOnly: true);
        context.PushGlobal(globals);
        try
        {
            Evaluate(context, _templates["base.html"]);
            html = output.Written;
            return true;
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            diagnostics.Report(DiagnosticCodes.TemplateError, Location(ex.Span), ex.OriginalMessage);

            // A failed render can leave the context mid-way; this thread starts afresh next time.
            _contexts.Value = NewContext();
            html = default;
            return false;
        }
        finally
        {
            if (_contexts.Value == context)
            {
                context.PopGlobal();
            }
        }
    }

    /// <summary>Renders a page like <see cref="TryRender"/>, as text; null after reporting a template error.</summary>
    public string? Render(string kind, PageView view, DiagnosticBag diagnostics) =>
        TryRender(kind, view, diagnostics, out var html) ? System.Text.Encoding.UTF8.GetString(html) : null;

    // The arguments after the first, for t "key" args…: most calls have none.
    private static object?[] Rest(ScriptArray arguments)
    {
        if (arguments.Count <= 1)
        {
            return [];
        }

        var rest = new object?[arguments.Count - 1];
        for (var i = 1; i < arguments.Count; i++)
        {
            rest[i - 1] = arguments[i];
        }

        return rest;
    }

    // What Template.Render does, without asking the output for a string at the end.
    private static void Evaluate(TemplateContext context, Template template)
    {
        var result = context.Evaluate(template.Page!);
        if (result is not null)
        {
            context.Write(template.Page!.Span, result);
        }
    }

    private HtmlTemplateContext NewContext()
    {
        var context = new HtmlTemplateContext(_builtins)
        {
            StrictVariables = true,
            LoopLimit = 0,
            EnableRelaxedMemberAccess = false,

            // No size limit: Scriban's default cuts output at 1 MiB per render with "...", and its
            // count is reset only by Template.Render, which pages do not go through.
            LimitToString = 0,
        };
        context.PushOutput(new Utf8Output());
        return context;
    }

    /// <summary>The UI string <paramref name="key"/> (what <c>t "key" args…</c> returns).</summary>
    string CompiledTemplates.ITemplateHost.Translate(string key, object?[] arguments) => _translations.Get(key, arguments);

    /// <summary>
    /// Like Hugo's partialCached: the partial <paramref name="name"/> rendered once per build and
    /// reused on every page — once in all, or once for each value of <paramref name="variable"/>.
    /// The partial gets a context of its own that holds only <c>site</c> and, when a variable is
    /// given, that variable under its own name (strict variables turn any use of other page data
    /// into an error), so its output cannot depend on which page asked first.
    /// </summary>
    public TrustedHtml IncludeCached(string name, object? site, string? variable, object? value)
    {
        var partials = _cachedPartials;
        if (!ReferenceEquals(partials.Site, site))
        {
            partials = new SiteWidePartials(site);
            _cachedPartials = partials;
        }

        if (variable is null)
        {
            return partials.Rendered.TryGetValue(name, out var cached)
                ? cached
                : partials.Rendered.GetOrAdd(name, RenderCached(name, site, null, null));
        }

        var key = new PartialKey(_templates.GetValueOrDefault(name), value);
        return key.Partial is not null && partials.PerValue.TryGetValue(key, out var html)
            ? html
            : partials.PerValue.GetOrAdd(key, RenderCached(name, site, variable, value));
    }

    // The name the page gives the value in `include_cached "x" p`, which the partial then uses.
    private static string CachedVariable(TemplateContext context, Scriban.Syntax.ScriptNode? call, int argumentCount) =>
        argumentCount == 2 && call is Scriban.Syntax.ScriptFunctionCall { Arguments: [_, Scriban.Syntax.ScriptVariable variable] }
            ? variable.Name
            : throw new Scriban.Syntax.ScriptRuntimeException(call?.Span ?? context.CurrentSpan,
                "include_cached: sesudah nama templat boleh ada satu variabel saja, misalnya include_cached \"partials/post-card.html\" p");

    // A site-wide partial (no variable), or one rendered for one value, in a context that holds
    // nothing else.
    private TrustedHtml RenderCached(string name, object? site, string? variable, object? value)
    {
        if (!_templates.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(default, $"include_cached \"{name}\": templat tidak ditemukan");
        }

        if (_compiled is not null)
        {
            if (_compiled.TryRenderPartial(name, site, variable, value) is { } compiled)
            {
                return compiled;
            }

            // A partial the compiled templates leave to Scriban.
            Interlocked.Increment(ref _partialsLeftToScriban);
        }

        // A cached partial may itself include a cached partial: the inner one gets a context of its own.
        var context = _cachedContexts.Value!;
        var nested = _renderingCached;
        if (nested)
        {
            context = NewContext();
        }

        var output = (Utf8Output)context.Output;
        output.Clear();
        var globals = new ScriptObject(2);
        globals.SetValue("site", site, readOnly: true);
        if (variable is not null)
        {
            globals.SetValue(variable, value, readOnly: true);
        }

        context.PushGlobal(globals);
        _renderingCached = true;
        try
        {
            Evaluate(context, partial);
            return new TrustedHtml(output.Written.ToArray());
        }
        catch when (!nested)
        {
            _cachedContexts.Value = NewContext();
            throw;
        }
        finally
        {
            _renderingCached = nested;
            if (nested || _cachedContexts.Value == context)
            {
                context.PopGlobal();
            }
        }
    }

    // The partial is evaluated straight into the page's output, at the call site: no string per
    // include (a list page includes a card per post). It returns nothing for the caller to write.
    private object? Include(TemplateContext context, string name)
    {
        if (!_templates.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan, $"include \"{name}\": templat tidak ditemukan");
        }

        context.Evaluate(partial.Page!);
        return null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _compiled?.Dispose();
        _contexts.Dispose();
        _cachedContexts.Dispose();
    }

    // A property getter: a delegate straight to the get method when it returns a reference (no
    // reflection call per page, which the native build makes slow), else plain reflection.
    private static Func<PageView, object?> Getter(System.Reflection.PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? property.GetValue
            : property.GetMethod!.CreateDelegate<Func<PageView, object?>>();

    private static SourceLocation Location(SourceSpan span) =>
        new(span.FileName ?? "layouts", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>A context that escapes every value written by <c>{{ … }}</c>, except <see cref="TrustedHtml"/>.</summary>
    private sealed class HtmlTemplateContext(ScriptObject builtins) : TemplateContext(builtins)
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
        {
            // Outside an indented {{ }} block Scriban writes text as it is, so the bytes go straight
            // in; inside one, Scriban writes the text and indents its lines as it always has.
            TrustedHtml html when Output is Utf8Output utf8 && string.IsNullOrEmpty(CurrentIndent) => WriteUtf8(utf8, span, html),
            TrustedHtml html => base.Write(span, html.Value),
            string text => base.Write(span, WebUtility.HtmlEncode(text)),
            null => this,
            _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
        };

        // The last character still goes through Scriban, which remembers whether the output
        // ends a line (its auto-indent of later text depends on that): the bytes go in, the last
        // one is taken back and written again as a character.
        private TemplateContext WriteUtf8(Utf8Output output, SourceSpan span, TrustedHtml html)
        {
            var start = output.Length;
            html.WriteTo(output);
            var written = output.Written;
            if (written.Length == start)
            {
                return this;
            }

            var last = written[^1];
            if (last >= 0x80)
            {
                output.Truncate(start);
                return base.Write(span, html.Value);
            }

            output.Truncate(written.Length - 1);
            return Write(((char)last).ToString());
        }
    }

    /// <summary>The cached partials rendered for one site view: site-wide ones, and ones per value.</summary>
    private sealed record SiteWidePartials(object? Site)
    {
        public System.Collections.Concurrent.ConcurrentDictionary<string, TrustedHtml> Rendered { get; } = new(StringComparer.Ordinal);

        public System.Collections.Concurrent.ConcurrentDictionary<PartialKey, TrustedHtml> PerValue { get; } = new();
    }

    /// <summary>
    /// A partial and the very object it was rendered for, both compared by identity: views are
    /// shared, and a template is parsed once. (Hashing the partial's name on each of a million
    /// lookups showed in profiles.)
    /// </summary>
    private readonly record struct PartialKey(Template? Partial, object? Value) : IEquatable<PartialKey>
    {
        public bool Equals(PartialKey other) => ReferenceEquals(Value, other.Value) && ReferenceEquals(Partial, other.Partial);

        public override int GetHashCode() => HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Value), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Partial));
    }
}
