using System.Text;
using CsCheck;
using KimPress.Content;
using KimPress.Diagnostics;
using KimPress.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace KimPress.Tests.Unit;

/// <summary>
/// The fast parser for simple front matter must give YamlDotNet's own events, marks included,
/// for every text it accepts; anything else it must decline.
/// </summary>
public sealed class SimpleMappingParserTests
{
    private const string Typical =
        """
        title: "Musrenbangdes 2026: Warga Krajansari Usulkan Perbaikan Jalan Tani"
        date: 2026-04-08 06:55
        author: Siti Arifin
        tags: [dana-desa, pemerintahan-desa, bencana]
        category: berita
        summary: "Pelaku UMKM mendukung laporan \"musrenbang\" # 2, é ü, pada Minggu pagi."

        """;

    // Pieces of front matter in the fast parser's subset, and everything just outside it: ": " and
    // " #" in plain text, tabs, "\r\n", comments, blank lines, trailing spaces, escapes, single
    // quotes, block sequences, nested and flow mappings, empty values, document markers.
    private static readonly Gen<string> GoodKey = Gen.OneOf("title", "date", "author", "tags", "category", "summary", "draft", "_x", "a-b", "k1", "Key_2", "x-");

    private static readonly Gen<string> Key = Gen.Frequency(
        (12, GoodKey),
        (1, Gen.OneOf("1a", "-a", "a b", "é", "", "? a", "\"q\"", "'q'", "a:b", "&a k", "!t k", new string('k', 120), new string('k', 1100))));

    private static readonly Gen<string> Separator = Gen.Frequency(
        (15, Gen.Const(": ")),
        (1, Gen.OneOf(":", ":  ", " : ", ":\t", "::  ", ": \t")));

    private static readonly Gen<string> Word = Gen.Frequency(
        (25, Gen.OneOf("Musrenbangdes", "2026", "2026-04-08", "06:55", "Siti", "Arifin", "UMKM", "pagi.", "a,b", "x/y", "1+1", "é", "über",
            "Ünal", "https://kim.example.id/a", "v1.2_3", "Łódź", "日本", "Café", "17–30", "Rp2.500.000", "Q&A", "50%", "b\"c")),
        (1, Gen.OneOf("\"kutip\"", "a#b", "(laporan)", "x:", "a:b", "true", "null", "~", "-1", "#1", "[a]", "{b}", "*c", "&d", "!e", "'f'", "\\g", "?", "|", ">", "@h", "`i`", "%j")));

    private static readonly Gen<string> Fragment = Gen.OneOf(
        "Warga", " ", "  ", "2026", ":", ": ", ",", ", ", "-", ".", "é", "ü", "(", ")", "/", "+", "#", " #", "'", "\"", "\\", "\\\"", "\\\\",
        "\\n", "\\x41", "\t", "_", "[", "]", "{", "}", "&", "*", "!", "|", ">", "%", "@", "`", "?", "~", "—", "“", "…", "\u00A0", "\u2028",
        "\u0085", "\uFEFF", "\u0001", "\uD83D\uDE00", "\r", "---", "...");

    private static readonly Gen<string> PlainWords = Word.Array[1, 6].Select(words => string.Join(" ", words));

    private static readonly Gen<string> Fragments = Fragment.Array[0, 8].Select(parts => string.Concat(parts));

    private static readonly Gen<string> QuotedText = Gen.Frequency(
        (8, Word.Array[0, 6].Select(words => string.Join(" ", words).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal))),
        (1, Gen.Select(Word.Array[0, 3], Fragments, Word.Array[0, 3], (a, b, c) => string.Join(" ", a) + b + string.Join(" ", c))));

    private static readonly Gen<string> Item = Gen.Frequency(
        (30, Gen.OneOf("dana-desa", "pemerintahan-desa", "bencana", "a", "_x", "9", "a_b-c", "UMKM")),
        (1, Gen.OneOf("-a", "-", "'b'", "\"b c\"", "[b]", "a: b", "é", "", " a", "a ", "{a: b}", "#x")));

    private static readonly Gen<string> ItemSeparator = Gen.Frequency((30, Gen.Const(", ")), (1, Gen.OneOf(",", " , ", ",  ", ", ,")));

    private static readonly Gen<string> FlowSequence = Gen.Frequency(
        (20, Gen.Select(Item.Array[1, 5], ItemSeparator, (items, separator) => "[" + string.Join(separator, items) + "]")),
        (1, Gen.OneOf("[]", "[ ]", "[a, [b]]", "[a, b", "[a, b] # c", "[a, b]]", "[a,]", "[, a]")));

    private static readonly Gen<string> GoodValue = Gen.Frequency(
        (6, PlainWords),
        (5, QuotedText.Select(text => "\"" + text + "\"")),
        (3, FlowSequence));

    private static readonly Gen<string> Value = Gen.Frequency(
        (10, GoodValue),
        (1, Fragments),
        (1, Gen.Select(PlainWords, Fragments, (a, b) => a + b)),
        (1, Gen.OneOf("", "- item", "'single'", "{ a: b }", "&anchor x", "*alias", "!tag x", "|", ">", "\"unterminated", "\"x\" # c", "\"x\"  ", "plain  ")));

    private static readonly Gen<string> LineEnd = Gen.Frequency(
        (15, Gen.Const("\n")),
        (1, Gen.OneOf("\r\n", " \n", " # komentar\n", "\t\n", "  \n", "\r", "\u2028")));

    private static readonly Gen<string> GoodLine = Gen.Select(GoodKey, GoodValue, (key, value) => key + ": " + value + "\n");

    private static readonly Gen<string> Line = Gen.Frequency(
        (15, Gen.Select(Key, Separator, Value, LineEnd, (key, separator, value, end) => key + separator + value + end)),
        (1, Gen.OneOf("\n", "# komentar\n", "---\n", "...\n", "  nested: x\n", "- item\n", "parent:\n  child: x\n", "list:\n- a\n- b\n", "\t\n",
            "%YAML 1.2\n---\n", "summary: baris satu\n  baris dua\n", "? kunci\n: nilai\n", "{ a: b }\n", "\"quoted key\": x\n")));

    private static readonly Gen<string> Prefix = Gen.Frequency((20, Gen.Const("")), (1, Gen.OneOf("\uFEFF", "---\n", " ", "\n", "# awal\n")));

    // Two documents in three are built from good lines only (near misses aside), so that many are
    // accepted; the third mixes in anything, anywhere.
    private static readonly Gen<string> Document = Gen.Select(
        Gen.Frequency((2, GoodLine.Array[1, 8]), (1, Gen.Select(Prefix, Line.Array[0, 8], (prefix, lines) => (string[])[prefix, .. lines]))),
        Gen.Frequency((6, Gen.Const(false)), (1, Gen.Const(true))),
        (lines, dropLastNewline) =>
        {
            var text = string.Concat(lines);
            return dropLastNewline && text.EndsWith('\n') ? text[..^1] : text;
        });

    [Fact]
    public void Random_front_matter_gives_the_events_of_yamldotnet_or_is_declined()
    {
        var accepted = 0;
        var total = 0;
        Document.Sample(text =>
        {
            Interlocked.Increment(ref total);
            if (SimpleMappingParser.TryCreate(text) is { } fast)
            {
                Interlocked.Increment(ref accepted);
                Assert.Equal(Events(YamlDotNetParser(text)), Events(fast));
            }
        }, iter: 20_000);

        // A generator the fast parser always declined would prove nothing.
        Assert.True(accepted >= total * 3 / 10, $"only {accepted} of {total} accepted");
    }

    [Fact]
    public void Front_matter_with_one_character_changed_gives_the_events_of_yamldotnet_or_is_declined()
    {
        // Good front matter with one character inserted, replaced or removed anywhere: the edges of
        // keys, values, lines and the text, where index arithmetic goes wrong.
        var changed = Gen.Select(GoodLine.Array[1, 4], Gen.Int[0, 2], Gen.Int[0, 1000], Gen.OneOf("a", "1", "-", "_", ":", " ", "\n", "\"", "\\", "[", "]", ",", "#", "é", "\t", "\r", "'", "\uD83D"),
            (lines, operation, at, character) =>
            {
                var text = string.Concat(lines);
                var index = at % (text.Length + 1);
                return operation switch
                {
                    0 => text.Insert(index, character),
                    1 when index < text.Length => text.Remove(index, 1).Insert(index, character),
                    _ when index < text.Length => text.Remove(index, 1),
                    _ => text,
                };
            });
        var accepted = 0;
        changed.Sample(text =>
        {
            if (SimpleMappingParser.TryCreate(text) is { } fast)
            {
                Interlocked.Increment(ref accepted);
                Assert.Equal(Events(YamlDotNetParser(text)), Events(fast));
            }
        }, iter: 20_000);
        Assert.True(accepted >= 20_000 / 10, $"only {accepted} of 20000 accepted");
    }

    [Theory]
    [InlineData(Typical)]
    [InlineData("a: b")]
    [InlineData("a: \"x\"")]
    [InlineData("a: [x, y]")]
    [InlineData("tags: []\n")]
    [InlineData("a: \"\"\nb: \"  x  \"\n")]
    [InlineData("a: b  c\n")]
    [InlineData("a: x:,y\n")]
    [InlineData("a: \"back\\\\slash \\\"kutip\\\"\"\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("url: https://kim.example.id/a,(b)+c\n")]
    // Front matter as bench/CorpusGenerator writes it (copied from a corpus of seed 7): quoted
    // when a value holds ',' or ':', with \" for a quote.
    [InlineData("title: \"Pohon Tumbang Tutup Jalan Dusun Ngasem, Warga Gotong Royong\"\ndate: 2026-04-12 11:50\nauthor: Eko Pamungkas\ntags: [siaga-bencana, banjir, longsor, bencana]\ncategory: berita\nsummary: \"Anggota KIM menyepakati posko tanggap darurat di Dusun Telaga, supaya tidak terjadi salah paham. \\\"Pekerjaan ini tidak akan selesai tanpa gotong royong warga,\\\" kata Bayu Santoso, Ketua PKK Candimukti.\"\n")]
    [InlineData("title: \"Panen Kopi 2024 di Candimukti Lebih Awal, Harga Stabil\"\ndate: 2024-12-04\nauthor: Rina Rahmawati\ntags: [kopi, pupuk, padi, pertanian]\ncategory: berita\nsummary: \"Para pemuda Dusun Kauman mendata alat dan mesin pertanian di Dusun Kauman, supaya warga yang bekerja di luar desa tetap mendapat kabar.\"\n")]
    [InlineData("title: Warga Candimukti Sepakat Larang Buang Sampah ke Sungai\ndate: 2024-11-20 19:05\nauthor: Rina Rahmawati\ntags: [lingkungan]\ncategory: berita\nsummary: \"Tim pelaksana kegiatan membahas kerja bakti lingkungan di halaman kantor desa, sehingga pekerjaan bisa selesai lebih cepat. Sebagian warga mengaku baru tahu soal kerja bakti lingkungan, sehingga pekerjaan bisa selesai lebih cepat.\"\n")]
    public void Accepted_examples_give_the_events_of_yamldotnet(string text)
    {
        var fast = SimpleMappingParser.TryCreate(text);
        Assert.NotNull(fast);
        Assert.Equal(Events(YamlDotNetParser(text)), Events(fast));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("a: b\n\n")]
    [InlineData("a: b\r\n")]
    [InlineData("a: b \n")]
    [InlineData("a: b # c\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: b:\n")]
    [InlineData("a:\n")]
    [InlineData("a: \n")]
    [InlineData("a:  b\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: 'b'\n")]
    [InlineData("a: \"b\\n\"\n")]
    [InlineData("a: [-, b]\n")]
    [InlineData("a: [b,c]\n")]
    [InlineData("a: [ ]\n")]
    [InlineData("a: [b\n")]
    [InlineData("a: -b\n")]
    [InlineData("---\na: b\n")]
    [InlineData("# c\na: b\n")]
    [InlineData("a:\n  b: c\n")]
    [InlineData("\uFEFFa: b\n")]
    public void Text_outside_the_subset_is_declined(string text)
    {
        Assert.Null(SimpleMappingParser.TryCreate(text));
    }

    [Fact]
    public void The_demo_sites_front_matter_gives_the_events_of_yamldotnet()
    {
        var content = Path.Combine(EndToEnd.DemoSiteFixture.FindRepositoryRoot(), "content");
        var files = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories)
            .Where(file => Path.GetFileName(Path.GetDirectoryName(file)) == "posts")
            .ToList();
        Assert.True(files.Count > 50, $"only {files.Count} posts under {content}");
        var accepted = 0;
        foreach (var file in files)
        {
            var yaml = FrontMatterOf(File.ReadAllBytes(file));
            if (SimpleMappingParser.TryCreate(yaml) is { } fast)
            {
                accepted++;
                Assert.Equal(Events(YamlDotNetParser(yaml)), Events(fast));
            }
        }

        // The demo posts are the kind of front matter the fast path is for.
        Assert.True(accepted >= files.Count * 9 / 10, $"only {accepted} of {files.Count} posts accepted");
    }

    [Theory]
    [InlineData(Typical, 2)]
    [InlineData("title: A\ndate: 2024-01-01", 1)]
    [InlineData("title: \"A\"\ntags: [a, b]\ntitle: B\n", 2)]
    public void LoadMapping_gives_the_same_tree_and_diagnostics_with_and_without_the_fast_path(string yaml, int firstLine)
    {
        Assert.NotNull(SimpleMappingParser.TryCreate(yaml));
        Assert.Equal(Load(yaml, firstLine, allowFastPath: false), Load(yaml, firstLine, allowFastPath: true));
    }

    [Fact]
    public void LoadMapping_keeps_the_nesting_limit_of_one()
    {
        // With a limit below 2 the fast path is not taken: the sequence is too deep either way.
        Assert.Equal(Load("tags: [a]\n", 2, allowFastPath: false, maxNesting: 1), Load("tags: [a]\n", 2, allowFastPath: true, maxNesting: 1));
        Assert.Contains(DiagnosticCodes.TooDeep.Code, Load("tags: [a]\n", 2, allowFastPath: true, maxNesting: 1), StringComparison.Ordinal);
    }

    private static Parser YamlDotNetParser(string text) => new(new StringReader(text));

    // The YAML between the "---" lines, split as the post reader splits it.
    private static string FrontMatterOf(byte[] file)
    {
        Assert.True(SourceText.TryNormalize(file, "post.md", new DiagnosticBag(), out var text));
        return FrontMatter.Split(text).Yaml ?? "";
    }

    // Every event with every property YamlDotNet's events have; an error ends the list.
    private static List<string> Events(IParser parser)
    {
        var events = new List<string>();
        try
        {
            while (parser.MoveNext())
            {
                events.Add(Describe(parser.Current!));
            }

            events.Add(parser.Current is null ? "(end)" : "current after the end");
        }
        catch (Exception ex)
        {
            events.Add($"{ex.GetType().Name}: {ex.Message}");
        }

        return events;
    }

    private static string Describe(ParsingEvent e)
    {
        var text = new StringBuilder();
        text.Append(e.GetType().Name).Append(' ').Append(Position(e.Start)).Append('-').Append(Position(e.End))
            .Append(" nesting ").Append(e.NestingIncrease);
        if (e is NodeEvent node)
        {
            text.Append(" anchor ").Append(node.Anchor.IsEmpty ? "-" : node.Anchor.Value)
                .Append(" tag ").Append(node.Tag.IsEmpty ? "-" : node.Tag.Value)
                .Append(" canonical ").Append(node.IsCanonical);
        }

        switch (e)
        {
            case Scalar scalar:
                text.Append(" value [").Append(scalar.Value).Append("] ").Append(scalar.Style)
                    .Append(" plainImplicit ").Append(scalar.IsPlainImplicit).Append(" quotedImplicit ").Append(scalar.IsQuotedImplicit)
                    .Append(" key ").Append(scalar.IsKey);
                break;
            case MappingStart mapping:
                text.Append(' ').Append(mapping.Style).Append(" implicit ").Append(mapping.IsImplicit);
                break;
            case SequenceStart sequence:
                text.Append(' ').Append(sequence.Style).Append(" implicit ").Append(sequence.IsImplicit);
                break;
            case DocumentStart document:
                text.Append(" implicit ").Append(document.IsImplicit)
                    .Append(" version ").Append(document.Version?.Version.ToString() ?? "-")
                    .Append(" tags ").Append(string.Join(",", document.Tags?.Select(t => $"{t.Handle}={t.Prefix}") ?? ["(null)"]));
                break;
            case DocumentEnd document:
                text.Append(" implicit ").Append(document.IsImplicit);
                break;
            case Comment comment:
                text.Append(" comment [").Append(comment.Value).Append("] inline ").Append(comment.IsInline);
                break;
        }

        return text.ToString();
    }

    private static string Position(Mark mark) => $"{mark.Index}/{mark.Line}/{mark.Column}";

    private static string Load(string yaml, int firstLine, bool allowFastPath, int maxNesting = 8)
    {
        var diagnostics = new DiagnosticBag();
        var root = YamlSource.LoadMapping(yaml, "post.md", firstLine, diagnostics, maxNesting, allowFastPath);
        var text = new StringBuilder();
        if (root is not null)
        {
            DescribeNode(root, 0, text);
        }

        foreach (var diagnostic in diagnostics.Sorted())
        {
            text.Append(diagnostic.Format("en")).Append('\n');
        }

        return text.ToString();
    }

    private static void DescribeNode(YamlNode node, int depth, StringBuilder text)
    {
        text.Append(' ', depth * 2).Append(node.NodeType).Append(' ').Append(Position(node.Start)).Append('-').Append(Position(node.End))
            .Append(" anchor ").Append(node.Anchor.IsEmpty ? "-" : node.Anchor.Value)
            .Append(" tag ").Append(node.Tag.IsEmpty ? "-" : node.Tag.Value);
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append(" value [").Append(scalar.Value).Append("] ").Append(scalar.Style).Append('\n');
                break;
            case YamlSequenceNode sequence:
                text.Append(' ').Append(sequence.Style).Append('\n');
                foreach (var child in sequence.Children)
                {
                    DescribeNode(child, depth + 1, text);
                }

                break;
            case YamlMappingNode mapping:
                text.Append(' ').Append(mapping.Style).Append('\n');
                foreach (var (key, value) in mapping.Children)
                {
                    DescribeNode(key, depth + 1, text);
                    DescribeNode(value, depth + 2, text);
                }

                break;
        }
    }
}
