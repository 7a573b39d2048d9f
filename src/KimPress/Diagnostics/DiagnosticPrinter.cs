using System.Text.Json;

namespace KimPress.Diagnostics;

/// <summary>Prints diagnostics for people (text with hints) or for CI (JSON).</summary>
public static class DiagnosticPrinter
{
    /// <summary>How many diagnostics are printed before "and N more".</summary>
    public const int DefaultLimit = 100;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Writes each diagnostic as <c>path:line:col: error KP0102: message</c> with an indented hint,
    /// at most <paramref name="limit"/> of them, then a count of the rest.
    /// </summary>
    public static void WriteText(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string language, int limit = DefaultLimit)
    {
        var hintLabel = language == "en" ? "hint" : "petunjuk";
        foreach (var diagnostic in diagnostics.Take(limit))
        {
            writer.WriteLine(diagnostic.Format(language));
            writer.WriteLine($"    {hintLabel}: {diagnostic.Hint(language)}");
        }

        if (diagnostics.Count > limit)
        {
            writer.WriteLine(language == "en"
                ? $"... and {diagnostics.Count - limit} more"
                : $"... dan {diagnostics.Count - limit} lainnya");
        }
    }

    /// <summary>Writes all diagnostics as a JSON array (code, severity, path, line, column, message, hint).</summary>
    public static void WriteJson(TextWriter writer, IReadOnlyList<Diagnostic> diagnostics, string language)
    {
        var items = diagnostics.Select(d => new
        {
            code = d.Code,
            severity = d.Severity == Severity.Error ? "error" : "warning",
            path = d.Location.Path,
            line = d.Location.Line,
            column = d.Location.Column,
            message = d.Message(language),
            hint = d.Hint(language),
        });
        writer.WriteLine(JsonSerializer.Serialize(items, JsonOptions));
    }
}
