using System.Text;

namespace KimPress.Content;

/// <summary>A Markdown file split into its YAML front matter and its body.</summary>
/// <param name="Yaml">The YAML between the "---" lines, or null when the file has no front matter.</param>
/// <param name="YamlFirstLine">The file line the YAML starts on (2 for a file starting with "---").</param>
/// <param name="Body">The Markdown after the closing "---".</param>
/// <param name="BodyFirstLine">The file line the body starts on.</param>
public sealed record FrontMatter(string? Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>
    /// Splits <paramref name="text"/>, UTF-8 with LF line endings (as
    /// <see cref="SourceText.TryNormalize"/> gives it). The front matter opens with a "---" line as
    /// the file's first line and closes with the next "---" or "..." line. Only the two parts are
    /// turned into strings: the whole file never is.
    /// </summary>
    public static FrontMatter Split(ReadOnlySpan<byte> text)
    {
        if (!text.StartsWith("---\n"u8) && !IsFence(text, "---"u8))
        {
            return new FrontMatter(null, 0, Encoding.UTF8.GetString(text), 1);
        }

        var lineStart = text.IndexOf((byte)'\n') + 1;
        var line = 2;
        while (lineStart > 0 && lineStart <= text.Length)
        {
            var lineLength = text[lineStart..].IndexOf((byte)'\n');
            var lineEnd = lineLength < 0 ? -1 : lineStart + lineLength;
            var current = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (IsFence(current, "---"u8) || IsFence(current, "..."u8))
            {
                var yaml = Encoding.UTF8.GetString(text[4..lineStart]);
                var body = lineEnd < 0 ? "" : Encoding.UTF8.GetString(text[(lineEnd + 1)..]);
                return new FrontMatter(yaml, 2, body, line + 1);
            }

            if (lineEnd < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
            line++;
        }

        return new FrontMatter(null, 0, Encoding.UTF8.GetString(text), 1);
    }

    // A line that is the fence followed by nothing but white space (of any kind Unicode knows).
    private static bool IsFence(ReadOnlySpan<byte> line, ReadOnlySpan<byte> fence)
    {
        if (!line.StartsWith(fence))
        {
            return false;
        }

        var rest = line[fence.Length..];
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done || !Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            rest = rest[consumed..];
        }

        return true;
    }
}
