using KimPress.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KimPress.Yaml;

/// <summary>
/// Loads one YAML document with YamlDotNet's representation model, which keeps the start
/// mark of every node, so that every later diagnostic can name the line and column.
/// </summary>
internal static class YamlSource
{
    /// <summary>
    /// Parses <paramref name="text"/> whose first line is line <paramref name="firstLine"/> of
    /// the file <paramref name="path"/>. Returns the root mapping, or null after reporting why not.
    /// An empty document gives an empty mapping.
    /// </summary>
    public static YamlMappingNode? LoadMapping(string text, string path, int firstLine, DiagnosticBag diagnostics, int maxNesting) =>
        LoadMapping(text, path, firstLine, diagnostics, maxNesting, allowFastPath: true);

    /// <summary>
    /// As above; <paramref name="allowFastPath"/> false always uses YamlDotNet's parser, so tests
    /// can compare the two.
    /// </summary>
    internal static YamlMappingNode? LoadMapping(string text, string path, int firstLine, DiagnosticBag diagnostics, int maxNesting, bool allowFastPath)
    {
        // Simple front matter skips YamlDotNet's scanner: the fast parser gives the same events, and
        // the tracking parser wraps either. Limits below 2 (a mapping holding a sequence) stay on
        // YamlDotNet's path, whose too-deep reports are the tested ones.
        var fast = allowFastPath && maxNesting >= 2 ? SimpleMappingParser.TryCreate(text) : null;
        var stream = new YamlStream();
        var parser = new TrackingParser(fast ?? (IParser)new Parser(new StringReader(text)), maxNesting);
        try
        {
            stream.Load(parser);
        }
        catch (TooDeepException ex)
        {
            diagnostics.Report(DiagnosticCodes.TooDeep, new SourceLocation(path, (int)ex.Mark.Line + firstLine - 1, (int)ex.Mark.Column),
                maxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Report(DiagnosticCodes.YamlSyntax,
                new SourceLocation(path, (int)ex.Start.Line + firstLine - 1, (int)ex.Start.Column),
                Explain(FirstSentence(ex.Message)));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner can fail without a mark on some malformed input; the last
            // event it parsed is the best position there is.
            var mark = parser.LastEnd;
            diagnostics.Report(DiagnosticCodes.YamlSyntax,
                new SourceLocation(path, (int)mark.Line + firstLine - 1, (int)mark.Column),
                new Phrase("struktur tidak lengkap (kurung [ ] atau { }, atau tanda kutip, belum ditutup)", "incomplete structure (a bracket [ ] or { }, or a quote, is not closed)"));
            return null;
        }

        if (stream.Documents.Count == 0 || IsNull(stream.Documents[0].RootNode))
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode mapping)
        {
            return mapping;
        }

        var root = stream.Documents[0].RootNode;
        diagnostics.Report(DiagnosticCodes.WrongType,
            new SourceLocation(path, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column),
            "(document)", new Phrase("kumpulan kunci: nilai", "a mapping of key: value"), "title: Judul Tulisan");
        return null;
    }

    /// <summary>True for an empty plain scalar, <c>~</c> or <c>null</c>: YAML's ways of saying "nothing".</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>
    /// A parser that remembers where the last event ended, and stops documents nested deeper than
    /// the limit before the tree loader, which recurses, ever sees them.
    /// </summary>
    private sealed class TrackingParser(IParser inner, int maxNesting) : IParser
    {
        private int _depth;

        public Mark LastEnd { get; private set; } = Mark.Empty;

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            switch (inner.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart when ++_depth > maxNesting:
                    throw new TooDeepException(inner.Current.Start);
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    _depth--;
                    break;
            }

            if (inner.Current is { } current)
            {
                LastEnd = current.End;
            }

            return moved;
        }
    }

    private sealed class TooDeepException(Mark mark) : Exception
    {
        public Mark Mark { get; } = mark;
    }

    /// <summary>
    /// YamlDotNet's messages are English and technical; KIM members get the likely cause in
    /// plain Indonesian (the English text is kept for --lang en).
    /// </summary>
    private static Phrase Explain(string message)
    {
        string? cause = message switch
        {
            _ when message.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase) => "tanda kutip belum ditutup",
            _ when message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) => "ada kunci yang ditulis dua kali",
            _ when message.Contains("tab", StringComparison.OrdinalIgnoreCase) => "ada karakter tab; pakai spasi untuk indentasi",
            _ when message.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase) => "ada titik dua (:) di dalam teks; beri tanda kutip pada teks itu",
            _ when message.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || message.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) => "kurung [ ] atau { } belum ditutup, atau ada koma/titik dua di tempat yang salah",
            _ when message.Contains("anchor", StringComparison.OrdinalIgnoreCase) || message.Contains("alias", StringComparison.OrdinalIgnoreCase) => "alias (*) menunjuk jangkar (&) yang tidak ada",
            _ when message.Contains("block mapping", StringComparison.OrdinalIgnoreCase) || message.Contains("block collection", StringComparison.OrdinalIgnoreCase) || message.Contains("indentation", StringComparison.OrdinalIgnoreCase) => "indentasi tidak rata atau titik dua setelah kunci hilang",
            _ => null,
        };
        return new Phrase(cause ?? "penulisan tidak sesuai aturan YAML", message);
    }

    // YamlDotNet's messages read "(Line: 3, Col: 5, Idx: 20) - (…): While scanning …"; the position is
    // reported from the structured mark instead, so only the human part is kept.
    private static string FirstSentence(string message)
    {
        var index = message.LastIndexOf("): ", StringComparison.Ordinal);
        return index >= 0 ? message[(index + 3)..] : message;
    }
}
