using System.Text.Json;

namespace KimPress.Diagnostics;

/// <summary>Prints diagnostics for people (text with hints) or for CI (JSON).</summary>
public static class DiagnosticPrinter
{
    /// <summary>How many diagnostics are printed before "and N more".</summary>
    public const int DefaultLimit = 100;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
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
        // Written field by field (no reflection), so the native build prints the same JSON.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartArray();
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", d.Code);
                json.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                json.WriteString("path", d.Location.Path);
                json.WriteNumber("line", d.Location.Line);
                json.WriteNumber("column", d.Location.Column);
                json.WriteString("message", d.Message(language));
                json.WriteString("hint", d.Hint(language));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
