namespace KimPress.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
/// <param name="Yaml">The YAML between the "---" lines, or null when the file has no front matter.</param>
/// <param name="YamlFirstLine">The file line the YAML starts on (2 for a file starting with "---").</param>
/// <param name="Body">The Markdown after the closing "---".</param>
/// <param name="BodyFirstLine">The file line the body starts on.</param>
public sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>
    /// Splits <paramref name="text"/> (LF line endings). The front matter opens with a "---" line
    /// as the file's first line and closes with the next "---" or "..." line.
    /// </summary>
    public static FrontMatter Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
        {
            return new FrontMatter(null, 0, text, 1);
        }

        var lineStart = text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var line = 2;
        while (lineStart > 0 && lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var current = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (current.TrimEnd() is "---" or "...")
            {
                var yaml = text[4..lineStart];
                var body = lineEnd < 0 ? "" : text[(lineEnd + 1)..];
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
            line++;
        }

        return new FrontMatter(null, 0, text, 1);
    }
}
