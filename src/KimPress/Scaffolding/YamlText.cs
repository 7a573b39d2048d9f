using System.Globalization;
using System.Text;

namespace KimPress.Scaffolding;

/// <summary>Writes text typed by a member as a YAML scalar that reads back exactly as typed.</summary>
internal static class YamlText
{
    // Characters that change a plain scalar's meaning at its start, or anywhere in a flow list.
    private const string Indicators = "-?:,[]{}#&*!|>'\"%@`";

    /// <summary>
    /// <paramref name="text"/> plain when that is unambiguous (what a member would write by
    /// hand), otherwise double-quoted with escapes. <paramref name="inFlow"/> is for items of
    /// <c>[a, b]</c>, where commas and brackets also end a value.
    /// </summary>
    public static string Scalar(string text, bool inFlow = false)
    {
        var plain = text.Length > 0
            && !char.IsWhiteSpace(text[0]) && !char.IsWhiteSpace(text[^1])
            && !Indicators.Contains(text[0], StringComparison.Ordinal)
            && !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) && !text.EndsWith(':')
            && !text.Any(char.IsControl)
            && (!inFlow || text.IndexOfAny([',', '[', ']', '{', '}']) < 0);
        return plain ? text : Quoted(text);
    }

    private static string Quoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case var control when char.IsControl(control):
                    builder.Append("\\u").Append(((int)control).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
