using System.Text;

namespace KimPress.Bench;

/// <summary>Writes YAML scalars, quoting the ones a plain scalar would misread.</summary>
internal static class Yaml
{
    private static readonly string[] Keywords = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"];

    /// <summary>The scalar as is when it is safe plain, otherwise double-quoted.</summary>
    public static string Scalar(string value) => NeedsQuotes(value) ? Quoted(value) : value;

    /// <summary>Always double-quoted (numbers that must stay text, such as phone numbers).</summary>
    public static string Quoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return true;
        }

        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal))
        {
            return true;
        }

        if (value.Contains(':', StringComparison.Ordinal) || value.Contains('#', StringComparison.Ordinal)
            || value.Contains(',', StringComparison.Ordinal) || value.Contains('{', StringComparison.Ordinal) || value.Contains('}', StringComparison.Ordinal)
            || value.Contains('[', StringComparison.Ordinal) || value.Contains(']', StringComparison.Ordinal))
        {
            // ',', brackets and braces are fine in block context but not inside flow mappings,
            // where the generator also writes scalars; quoting them everywhere keeps one rule.
            return true;
        }

        if (Keywords.Contains(value.ToLowerInvariant()))
        {
            return true;
        }

        return value.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or '_' or 'e' or 'E');
    }
}
