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
/// templates can call <c>t "key" args…</c> for UI strings and <c>include "partials/x.html"</c>.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>The page templates a theme must have, besides layouts/base.html.</summary>
    public static readonly IReadOnlyList<string> PageKinds =
        ["home", "cluster", "kecamatan", "directory", "list", "tag", "kim", "profile", "post", "page", "404"];

    private readonly Dictionary<string, Template> _templates;
    private readonly Translations _translations;

    private TemplateRenderer(Dictionary<string, Template> templates, Translations translations, ThemeFiles files)
    {
        _templates = templates;
        _translations = translations;
        Files = files;
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
        try
        {
            var content = RenderTemplate(_templates[kind + ".html"], view);
            return RenderTemplate(_templates["base.html"], view with { Content = new TrustedHtml(content) });
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            diagnostics.Report(DiagnosticCodes.TemplateError, Location(ex.Span), ex.OriginalMessage);
            return null;
        }
    }

    private string RenderTemplate(Template template, PageView view)
    {
        var context = new HtmlTemplateContext
        {
            StrictVariables = true,
            LoopLimit = 0,
            EnableRelaxedMemberAccess = false,
        };
        var globals = new ScriptObject();
        globals.Import(view, renamer: context.MemberRenamer);
        globals.SetValue("t", new TemplateFunction(1, (_, args) => _translations.Get(
            args[0]?.ToString() ?? "", [.. args.Skip(1)])), readOnly: true);
        context.BuiltinObject.SetValue("include", new TemplateFunction(1, (ctx, args) => Include(ctx, args[0]?.ToString() ?? "")), readOnly: true);
        context.PushGlobal(globals);
        return template.Render(context);
    }

    private TrustedHtml Include(TemplateContext context, string name)
    {
        if (!_templates.TryGetValue(name, out var partial))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(context.CurrentSpan, $"include \"{name}\": templat tidak ditemukan");
        }

        context.PushOutput();
        try
        {
            return new TrustedHtml(partial.Render(context));
        }
        finally
        {
            context.PopOutput();
        }
    }

    private static SourceLocation Location(SourceSpan span) =>
        new(span.FileName ?? "layouts", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>A context that escapes every value written by <c>{{ … }}</c>, except <see cref="TrustedHtml"/>.</summary>
    private sealed class HtmlTemplateContext : TemplateContext
    {
        public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
        {
            TrustedHtml html => base.Write(span, html.Value),
            string text => base.Write(span, WebUtility.HtmlEncode(text)),
            null => this,
            _ => base.Write(span, WebUtility.HtmlEncode(ObjectToString(textAsObject))),
        };
    }
}
