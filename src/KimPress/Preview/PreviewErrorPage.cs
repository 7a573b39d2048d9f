using System.Net;
using System.Text;
using KimPress.Diagnostics;
using KimPress.Text;

namespace KimPress.Preview;

/// <summary>
/// The page <c>kimpress serve</c> shows instead of the site while the build has errors: for each
/// error the file, line and column, the message, the hint and the lines around the problem.
/// Self-contained (inline style, no theme), since the theme itself may be what is broken.
/// </summary>
public static class PreviewErrorPage
{
    private const int ContextLines = 2;
    private const int MaxShownErrors = 50;
    private const int MaxLineChars = 240;
    private const long MaxExcerptFileBytes = 4 * 1024 * 1024;

    private const string Style = """
        body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#fff7f5;color:#1d1d1d}
        main{max-width:60rem;margin:0 auto;padding:1rem}
        h1{color:#9b1c1c;font-size:1.5rem}
        .error,.warning{background:#fff;border:1px solid #e7b8b0;border-left:6px solid #b42318;border-radius:6px;margin:1rem 0;padding:.75rem 1rem}
        .warning{border-left-color:#b54708}
        .where{font-family:ui-monospace,monospace;font-weight:600;word-break:break-all}
        .code{color:#555;font-weight:400}
        .hint{background:#eef6ee;border-radius:4px;padding:.4rem .6rem}
        pre{background:#1f2329;color:#e6e6e6;border-radius:4px;overflow-x:auto;padding:.5rem 0;font-size:14px}
        pre span{display:block;padding:0 .75rem;white-space:pre}
        pre .here{background:#5c1f1f}
        """;

    /// <summary>Renders the page for <paramref name="diagnostics"/> of the site in <paramref name="root"/>.</summary>
    public static string Render(string root, IReadOnlyList<Diagnostic> diagnostics, string language)
    {
        var en = language == "en";
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        var warnings = diagnostics.Where(d => d.Severity == Severity.Warning).ToList();
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"").Append(en ? "en" : "id").Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n<title>")
            .Append(en ? "Build error · KimPress" : "Kesalahan build · KimPress")
            .Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n<h1>")
            .Append(en ? "The site cannot be built yet" : "Situs belum bisa dibangun")
            .Append("</h1>\n<p>")
            .Append(en
                ? $"{errors.Count} error(s) must be fixed first. Fix the file shown below and save it: this page reloads by itself."
                : $"Ada {errors.Count} kesalahan yang harus diperbaiki dulu. Perbaiki berkas yang ditunjuk di bawah lalu simpan: halaman ini akan memuat ulang sendiri.")
            .Append("</p>\n");

        foreach (var diagnostic in errors.Take(MaxShownErrors))
        {
            AppendDiagnostic(html, root, diagnostic, language);
        }

        if (errors.Count > MaxShownErrors)
        {
            html.Append("<p>").Append(en ? $"…and {errors.Count - MaxShownErrors} more." : $"…dan {errors.Count - MaxShownErrors} lagi.").Append("</p>\n");
        }

        if (warnings.Count > 0)
        {
            html.Append("<h2>").Append(en ? "Warnings" : "Peringatan").Append("</h2>\n");
            foreach (var diagnostic in warnings.Take(MaxShownErrors))
            {
                AppendDiagnostic(html, root, diagnostic, language);
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendDiagnostic(StringBuilder html, string root, Diagnostic diagnostic, string language)
    {
        var en = language == "en";
        var kind = diagnostic.Severity == Severity.Error ? "error" : "warning";
        html.Append("<section class=\"").Append(kind).Append("\">\n<p class=\"where\">")
            .Append(Encode(diagnostic.Location.ToString()))
            .Append(" <span class=\"code\">").Append(kind == "error" ? (en ? "error" : "kesalahan") : (en ? "warning" : "peringatan"))
            .Append(' ').Append(diagnostic.Code).Append("</span></p>\n<p>")
            .Append(Encode(diagnostic.Message(language))).Append("</p>\n");
        var hint = diagnostic.Hint(language);
        if (hint.Length > 0)
        {
            html.Append("<p class=\"hint\"><strong>").Append(en ? "How to fix:" : "Cara memperbaiki:").Append("</strong> ")
                .Append(Encode(hint)).Append("</p>\n");
        }

        AppendExcerpt(html, root, diagnostic.Location);
        html.Append("</section>\n");
    }

    /// <summary>The lines around the problem, numbered, the problem line marked.</summary>
    private static void AppendExcerpt(StringBuilder html, string root, SourceLocation location)
    {
        var lines = ReadLines(root, location);
        if (lines is null)
        {
            return;
        }

        var first = Math.Max(1, location.Line - ContextLines);
        var last = Math.Min(lines.Length, location.Line + ContextLines);
        var width = last.ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        html.Append("<pre>");
        for (var number = first; number <= last; number++)
        {
            var text = lines[number - 1];
            if (text.Length > MaxLineChars)
            {
                text = text[..MaxLineChars] + "…";
            }

            var here = number == location.Line;
            html.Append(here ? "<span class=\"here\">" : "<span>")
                .Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width))
                .Append(here ? " > " : " | ")
                .Append(Encode(text)).Append("</span>");
            if (here && location.Column > 0 && location.Column <= MaxLineChars)
            {
                html.Append("<span>").Append(' ', width + 3 + location.Column - 1).Append("^</span>");
            }
        }

        html.Append("</pre>\n");
    }

    private static string[]? ReadLines(string root, SourceLocation location)
    {
        if (location.Line <= 0 || location.Path.Length == 0 || location.Path.StartsWith('-'))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(root, location.Path));
        try
        {
            var file = new FileInfo(path);
            if (!PathScope.IsInside(path, root) || !file.Exists || file.Length > MaxExcerptFileBytes)
            {
                return null;
            }

            var text = File.ReadAllText(path);
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
            return location.Line <= lines.Length ? lines : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
