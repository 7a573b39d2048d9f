using KimPress.Diagnostics;

namespace KimPress.Markdown;

/// <summary>
/// Cheap checks that run before Markdig sees a file: some inputs (thousands of nested list
/// levels, megabyte-long lines) make any CommonMark parser slow, and KIM posts never need them.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Reports the first line that is too long or nests too deep; true when the text is within limits.</summary>
    public static bool Check(string markdown, int firstLine, string displayPath, int maxLineChars, int maxNesting, DiagnosticBag diagnostics)
    {
        var line = firstLine;
        var start = 0;
        while (start <= markdown.Length)
        {
            var end = markdown.IndexOf('\n', start);
            if (end < 0)
            {
                end = markdown.Length;
            }

            var length = end - start;
            if (length > maxLineChars)
            {
                diagnostics.Report(DiagnosticCodes.LineTooLong, new SourceLocation(displayPath, line, 1), length.ToString(System.Globalization.CultureInfo.InvariantCulture), maxLineChars.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return false;
            }

            var depth = Depth(markdown.AsSpan(start, length));
            if (depth > maxNesting)
            {
                diagnostics.Report(DiagnosticCodes.TooDeep, new SourceLocation(displayPath, line, 1), maxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return false;
            }

            start = end + 1;
            line++;
        }

        return true;
    }

    /// <summary>Container depth a line's prefix implies: quote markers, list markers, and indentation in steps of four columns.</summary>
    private static int Depth(ReadOnlySpan<char> line)
    {
        int columns = 0, markers = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4;
            }
            else if (c == '>')
            {
                markers++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                markers++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = i;
                while (j < line.Length && char.IsAsciiDigit(line[j]))
                {
                    j++;
                }

                if (j + 1 < line.Length && line[j] is '.' or ')' && line[j + 1] == ' ')
                {
                    markers++;
                    i = j;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return markers + (columns / 4);
    }
}
