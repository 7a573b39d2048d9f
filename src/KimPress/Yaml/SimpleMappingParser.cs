using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace KimPress.Yaml;

/// <summary>
/// A fast path for the front matter almost every post has: one <c>key: value</c> per line. For
/// text in that narrow subset it gives exactly the parsing events (values, styles and marks)
/// YamlDotNet's <see cref="Parser"/> gives, so the tree loaded from them is the same; for any
/// other text <see cref="TryCreate"/> declines and the caller uses YamlDotNet's parser. YamlDotNet's
/// general scanner took 6-7 % of a native 12,000-post build.
/// </summary>
/// <remarks>
/// The subset, line by line, each line ending in "\n" (the last may end the text instead):
/// a key <c>[A-Za-z_][A-Za-z0-9_-]*</c> in the first column, ": " and then one of
/// <list type="bullet">
/// <item>a double-quoted string ending the line, with no '"' or '\' inside except in the escapes
/// <c>\"</c> and <c>\\</c>;</item>
/// <item>a plain scalar that starts with a letter or an ASCII digit, holds printable characters
/// but no '#' or ": ", and does not end in a space or ':';</item>
/// <item>a flow sequence <c>[a, b-c, d_e]</c> of plain items of <c>[A-Za-z0-9_-]</c>, separated by
/// ", ", or <c>[]</c>.</item>
/// </list>
/// Blank lines, comments, indentation, tabs, "\r", document markers and everything else decline.
/// </remarks>
internal sealed class SimpleMappingParser : IParser
{
    // YamlDotNet gives up on a simple key longer than 1024 characters; real keys are a word or two.
    private const int MaxKeyLength = 100;

    private readonly List<ParsingEvent> _events;
    private int _next;

    private SimpleMappingParser(List<ParsingEvent> events) => _events = events;

    /// <inheritdoc/>
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc/>
    public bool MoveNext()
    {
        if (_next < _events.Count)
        {
            Current = _events[_next++];
            return true;
        }

        Current = null;
        return false;
    }

    /// <summary>
    /// A parser over <paramref name="text"/> when all of it is in the subset this class knows,
    /// otherwise null. Decides by reading the whole text first; never throws.
    /// </summary>
    public static SimpleMappingParser? TryCreate(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var start = new Mark(0, 1, 1);
        var events = new List<ParsingEvent>(32)
        {
            new StreamStart(start, start),
            new DocumentStart(null, DefaultTags(), true, start, start),
            new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start),
        };

        var lineStart = 0;
        var line = 1;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (!TryAddEntry(text, lineStart, lineEnd, line, events))
            {
                return null;
            }

            lineStart = lineEnd + 1;
            line++;
        }

        // YamlDotNet ends the block mapping, the document and the stream at the start of the line
        // after the last one, whether or not the text ends in "\n" (the index is the text's end).
        var end = new Mark(text.Length, line, 1);
        events.Add(new MappingEnd(end, end));
        events.Add(new DocumentEnd(true, end, end));
        events.Add(new StreamEnd(end, end));
        return new SimpleMappingParser(events);
    }

    // The tag directives YamlDotNet's parser puts on every document that declares none.
    private static TagDirectiveCollection DefaultTags() =>
        [new TagDirective("!", "!"), new TagDirective("!!", "tag:yaml.org,2002:")];

    // One "key: value" line, text[start..end] without its "\n".
    private static bool TryAddEntry(string text, int start, int end, int line, List<ParsingEvent> events)
    {
        if (start == end || (!char.IsAsciiLetter(text[start]) && text[start] != '_'))
        {
            return false;
        }

        var colon = start + 1;
        while (colon < end && IsNameChar(text[colon]))
        {
            colon++;
        }

        // At least one character of value after ": ".
        if (colon - start > MaxKeyLength || colon + 2 >= end || text[colon] != ':' || text[colon + 1] != ' ')
        {
            return false;
        }

        events.Add(PlainScalar(text, start, colon, start, line, isKey: true));
        var value = colon + 2;
        return text[value] switch
        {
            '"' => TryAddQuoted(text, value, end, start, line, events),
            '[' => TryAddFlowSequence(text, value, end, start, line, events),
            _ => TryAddPlain(text, value, end, start, line, events),
        };
    }

    // Of the escapes only \" and \\ are taken (the bench corpus writes them); they change the
    // value but not the marks, which count the characters as written.
    private static bool TryAddQuoted(string text, int value, int end, int lineStart, int line, List<ParsingEvent> events)
    {
        var close = value + 1;
        var escaped = false;
        while (close < end && text[close] != '"')
        {
            if (text[close] == '\\' && close + 1 < end && text[close + 1] is '"' or '\\')
            {
                escaped = true;
                close += 2;
                continue;
            }

            if (!IsQuotedChar(text[close]))
            {
                return false;
            }

            close++;
        }

        if (close != end - 1)
        {
            return false;
        }

        var content = escaped ? Unescape(text, value + 1, close) : text.Substring(value + 1, close - value - 1);
        events.Add(new Scalar(AnchorName.Empty, TagName.Empty, content, ScalarStyle.DoubleQuoted,
            isPlainImplicit: false, isQuotedImplicit: true, At(value, lineStart, line), At(end, lineStart, line), isKey: false));
        return true;
    }

    // text[from..to] holds no backslash but those of \" and \\.
    private static string Unescape(string text, int from, int to)
    {
        var builder = new System.Text.StringBuilder(to - from);
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static bool TryAddPlain(string text, int value, int end, int lineStart, int line, List<ParsingEvent> events)
    {
        if (!char.IsAsciiDigit(text[value]) && !char.IsLetter(text[value]))
        {
            return false;
        }

        for (var i = value + 1; i < end; i++)
        {
            var c = text[i];
            if (!IsPlainChar(c))
            {
                return false;
            }

            // ": " would start a nested mapping; a ':' or a space at the end changes where the scalar stops.
            if (c == ':' && (i + 1 == end || text[i + 1] == ' '))
            {
                return false;
            }
        }

        if (text[end - 1] == ' ')
        {
            return false;
        }

        events.Add(PlainScalar(text, value, end, lineStart, line, isKey: false));
        return true;
    }

    private static bool TryAddFlowSequence(string text, int open, int end, int lineStart, int line, List<ParsingEvent> events)
    {
        var openMark = At(open, lineStart, line);
        events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, openMark, openMark));
        var item = open + 1;
        if (item < end && text[item] == ']')
        {
            return AddSequenceEnd(item, end, lineStart, line, events);
        }

        while (true)
        {
            // An item may not start with '-': YamlDotNet rejects "[-, a]" and "[a, -]".
            if (item >= end || text[item] == '-' || !IsNameChar(text[item]))
            {
                return false;
            }

            var after = item + 1;
            while (after < end && IsNameChar(text[after]))
            {
                after++;
            }

            if (after == end)
            {
                return false;
            }

            events.Add(PlainScalar(text, item, after, lineStart, line, isKey: false));
            if (text[after] == ']')
            {
                return AddSequenceEnd(after, end, lineStart, line, events);
            }

            if (text[after] != ',' || after + 2 >= end || text[after + 1] != ' ')
            {
                return false;
            }

            item = after + 2;
        }
    }

    // The ']' must end the line; YamlDotNet marks the end of the sequence where the ']' starts.
    private static bool AddSequenceEnd(int close, int end, int lineStart, int line, List<ParsingEvent> events)
    {
        if (close != end - 1)
        {
            return false;
        }

        var mark = At(close, lineStart, line);
        events.Add(new SequenceEnd(mark, mark));
        return true;
    }

    private static Scalar PlainScalar(string text, int from, int to, int lineStart, int line, bool isKey) =>
        new(AnchorName.Empty, TagName.Empty, text.Substring(from, to - from), ScalarStyle.Plain,
            isPlainImplicit: true, isQuotedImplicit: false, At(from, lineStart, line), At(to, lineStart, line), isKey);

    private static Mark At(int index, int lineStart, int line) => new(index, line, index - lineStart + 1);

    // The characters of keys and flow items.
    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-';

    // Characters YamlDotNet takes as they are and counts as one column each: printable, and no
    // tab, no line break (it also breaks lines at U+0085, U+2028 and U+2029), no byte-order mark
    // and no surrogates.
    private static bool IsTextChar(char c) =>
        c is >= ' ' and <= '~'
        || (c >= '\u00A0' && !char.IsSurrogate(c) && c is not '\u2028' and not '\u2029' and not '\uFEFF' and not '\uFFFE' and not '\uFFFF');

    // In a double-quoted scalar a quote ends it and a backslash escapes.
    private static bool IsQuotedChar(char c) => IsTextChar(c) && c is not '"' and not '\\';

    // In a plain scalar in block context only ": " (or ':' at the end) and " #" are special after
    // the first character; '#' is declined everywhere for simplicity.
    private static bool IsPlainChar(char c) => IsTextChar(c) && c != '#';
}
