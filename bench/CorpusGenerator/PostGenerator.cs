using System.Globalization;
using System.Text;

namespace KimPress.Bench;

/// <summary>A generated post: its date (for the file name), slug (before de-duplication) and file text.</summary>
internal sealed record GeneratedPost(DateOnly Date, string Slug, string Text);

/// <summary>
/// Builds one post of 300–1,200 words of Indonesian-looking Markdown from the phrase lists in
/// <see cref="Words"/>: headings, paragraphs, bullet and numbered lists, links, and sometimes
/// a table (1 in 3), a blockquote (1 in 3) and an external image (1 in 2).
/// </summary>
internal sealed class PostGenerator
{
    /// <summary>Posts fall in the two years before this day, so none is in the future once it has passed.</summary>
    public static readonly DateOnly End = new(2026, 11, 1);

    public static readonly DateOnly Start = End.AddYears(-2);

    public const int MaxTitle = 90;

    private readonly Random _rng;
    private readonly KimProfile _kim;
    private readonly Topic _topic;
    private readonly DateOnly _date;
    private readonly StringBuilder _body = new();
    private int _words;

    private PostGenerator(Random rng, KimProfile kim)
    {
        _rng = rng;
        _kim = kim;
        _topic = Rand.Pick(rng, Words.Topics);
        _date = Start.AddDays(rng.Next(0, End.DayNumber - Start.DayNumber));
    }

    public static GeneratedPost Create(Random rng, KimProfile kim) => new PostGenerator(rng, kim).Generate();

    private GeneratedPost Generate()
    {
        var title = Title();
        var time = _rng.Next(2) == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{_rng.Next(6, 22):00}:{_rng.Next(12) * 5:00}");
        var author = Rand.Pick(_rng, _kim.Members).Name;
        var tags = Tags();
        var category = Category();
        var summary = Summary();
        Body();

        var text = new StringBuilder(_body.Length + 512);
        text.Append("---\n");
        text.Append("title: ").Append(Yaml.Scalar(title)).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"date: {_date:yyyy-MM-dd}");
        if (time is not null)
        {
            text.Append(' ').Append(time);
        }

        text.Append('\n');
        text.Append("author: ").Append(Yaml.Scalar(author)).Append('\n');
        text.Append("tags: [").Append(string.Join(", ", tags)).Append("]\n");
        text.Append("category: ").Append(category).Append('\n');
        text.Append("summary: ").Append(Yaml.Scalar(summary)).Append('\n');
        text.Append("---\n");
        text.Append(_body.ToString().TrimEnd('\n')).Append('\n');
        return new GeneratedPost(_date, Slugs.Slugify(title), text.ToString());
    }

    private string Title()
    {
        var title = Fill(Rand.Pick(_rng, _topic.Titles));
        if (title.Length > MaxTitle)
        {
            var cut = title.LastIndexOf(' ', MaxTitle);
            title = title[..cut].TrimEnd(',', ':', ' ');
        }

        return title;
    }

    private List<string> Tags()
    {
        var count = _rng.Next(1, 5);
        var tags = Rand.Distinct(_rng, _topic.Tags, Math.Min(count, 1 + _rng.Next(_topic.Tags.Length)));
        while (tags.Count < count)
        {
            var tag = Rand.Pick(_rng, Words.AllTags);
            if (!tags.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return tags;
    }

    private string Category()
    {
        var roll = _rng.Next(Words.Categories.Sum(c => c.Weight));
        foreach (var (name, weight) in Words.Categories)
        {
            if (roll < weight)
            {
                return name;
            }

            roll -= weight;
        }

        return "berita";
    }

    private string Summary()
    {
        var summary = $"{Fill(Rand.Pick(_rng, Words.Subjects))} {Rand.Pick(_rng, Words.Verbs)} {Fill(Rand.Pick(_rng, _topic.Objects))} {Fill(Rand.Pick(_rng, Words.Adverbials))}, {Rand.Pick(_rng, Words.Closers)}.";
        return _rng.Next(2) == 0 ? summary : summary + " " + Sentence(plain: true);
    }

    private void Body()
    {
        // The body stops growing once it reaches the target; the closing line and the block that
        // crossed it keep every post within 300–1,200 words.
        var target = _rng.Next(330, 1061);
        var hasImage = Rand.Chance(_rng, 2);
        var hasTable = Rand.Chance(_rng, 3);
        var hasQuote = Rand.Chance(_rng, 3);
        var tableSection = _rng.Next(2);
        var quoteSection = _rng.Next(2);

        Paragraph(2, 4);
        if (hasImage)
        {
            var caption = Fill(Rand.Pick(_rng, Words.PhotoCaptions));
            Line(string.Create(CultureInfo.InvariantCulture, $"![{caption}](https://img.example.org/foto-{_rng.Next(1, 1000)}.jpg)"), 0);
            Line($"*Foto: dokumentasi {_kim.Name}.*", 3);
        }

        Paragraph(2, 4);
        var headings = _topic.Headings.Concat(Rand.Distinct(_rng, Words.GenericHeadings, Words.GenericHeadings.Length)).ToList();
        for (var section = 0; section < 2 || _words < target; section++)
        {
            if (section < headings.Count)
            {
                Line("## " + headings[section], 0);
            }

            Paragraph(2, section < 2 ? 4 : 5);
            if (section == 0)
            {
                List(numbered: false);
            }
            else if (section == 1)
            {
                List(numbered: true);
            }
            else if (_words < target && Rand.Chance(_rng, 3))
            {
                List(numbered: Rand.Chance(_rng, 2));
            }

            if (hasTable && section == tableSection)
            {
                Table();
            }

            if (hasQuote && section == quoteSection)
            {
                Quote();
            }

            if (_words < target && Rand.Chance(_rng, 2))
            {
                Paragraph(2, 4);
            }
        }

        var link = string.Create(CultureInfo.InvariantCulture, $"https://example.org/{_kim.Place.Slug}/{_topic.Tags[0]}/{_date.Year}/{_rng.Next(1, 500)}");
        Line($"Demikian kabar dari {_kim.Name}. Informasi lengkap dapat dibaca di [laman resmi Desa {_kim.Place.Desa.Name}]({link}), " +
            "atau tanyakan langsung kepada anggota KIM di dusun masing-masing.", 20);
    }

    private void Paragraph(int min, int max)
    {
        var count = _rng.Next(min, max + 1);
        var sentences = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            sentences.Add(Sentence(plain: false));
        }

        Line(string.Join(' ', sentences), 0);
    }

    private string Sentence(bool plain)
    {
        var obj = Fill(Rand.Pick(_rng, _topic.Objects));
        if (!plain && Rand.Chance(_rng, 7))
        {
            obj = $"**{obj}**";
        }

        var person = Rand.Pick(_rng, _kim.Members).Name;
        var sentence = _rng.Next(12) switch
        {
            0 or 1 or 2 or 3 => $"{Fill(Rand.Pick(_rng, Words.Subjects))} {Rand.Pick(_rng, Words.Verbs)} {obj} {Fill(Rand.Pick(_rng, Words.Adverbials))}.",
            4 or 5 => $"{Fill(Rand.Pick(_rng, Words.Subjects))} {Rand.Pick(_rng, Words.Verbs)} {obj} {Fill(Rand.Pick(_rng, Words.Adverbials))}, {Rand.Pick(_rng, Words.Closers)}.",
            6 => $"Menurut {person}, {Rand.Pick(_rng, Words.Roles)} {_kim.Place.Desa.Name}, {LowerFirst(Fill(Rand.Pick(_rng, Words.Subjects)))} akan {Rand.Pick(_rng, Words.Verbs)} {obj} {Fill(Rand.Pick(_rng, Words.Adverbials))}.",
            7 => $"\"{Rand.Pick(_rng, Words.Quotes)},\" kata {person}, {Rand.Pick(_rng, Words.Roles)} {_kim.Place.Desa.Name}.",
            8 => string.Create(CultureInfo.InvariantCulture, $"Kegiatan ini diikuti sekitar {_rng.Next(15, 300)} warga dari {_rng.Next(2, 7)} dusun, termasuk Dusun {Rand.Pick(_rng, _kim.Dusun)}."),
            9 => string.Create(CultureInfo.InvariantCulture, $"Hingga akhir {Words.Months[_date.Month - 1]} {_date.Year}, tercatat {_rng.Next(12, 480)} keluarga sudah terlibat dalam {obj}."),
            10 => $"Warga yang ingin bertanya tentang {obj} dapat menghubungi anggota KIM atau datang langsung ke kantor desa pada jam kerja.",
            _ => $"Sebagian warga mengaku baru tahu soal {obj}, {Rand.Pick(_rng, Words.Closers)}.",
        };

        if (!plain && Rand.Chance(_rng, 12))
        {
            var url = string.Create(CultureInfo.InvariantCulture, $"https://example.org/{_topic.Tags[0]}/{_rng.Next(1, 10_000)}");
            sentence += $" Penjelasan lebih rinci ada di [tautan ini]({url}).";
        }

        return sentence;
    }

    private void List(bool numbered)
    {
        var pool = _topic.Items.Concat(Words.GenericItems).ToList();
        var items = Rand.Distinct(_rng, pool, _rng.Next(3, 7));
        var lines = new StringBuilder();
        for (var i = 0; i < items.Count; i++)
        {
            var item = Fill(items[i]);
            var end = i == items.Count - 1 ? "." : ";";
            lines.Append(numbered ? string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {item}{end}") : $"- {UpperFirst(item)}.");
            if (i < items.Count - 1)
            {
                lines.Append('\n');
            }
        }

        Line(lines.ToString(), 0);
    }

    private void Table()
    {
        var rows = _rng.Next(3, 7);
        var t = new StringBuilder();
        if (Rand.Chance(_rng, 2))
        {
            t.Append("| Dusun | Jumlah KK | Keterangan |\n| --- | ---: | --- |");
            string[] notes = ["sudah terdata", "menunggu verifikasi", "selesai", "dalam proses", "perlu dicek ulang"];
            foreach (var dusun in Rand.Distinct(_rng, _kim.Dusun, rows))
            {
                t.Append(CultureInfo.InvariantCulture, $"\n| {dusun} | {_rng.Next(20, 400)} | {Rand.Pick(_rng, notes)} |");
            }
        }
        else
        {
            t.Append("| Tanggal | Kegiatan | Tempat |\n| --- | --- | --- |");
            var month = Words.Months[_date.Month % 12];
            for (var i = 0; i < rows; i++)
            {
                var what = UpperFirst(Fill(Rand.Pick(_rng, _topic.Objects)));
                t.Append(CultureInfo.InvariantCulture, $"\n| {1 + (i * 4) + _rng.Next(4)} {month} | {what} | Balai Dusun {Rand.Pick(_rng, _kim.Dusun)} |");
            }
        }

        Line(t.ToString(), 0);
    }

    private void Quote()
    {
        var person = Rand.Pick(_rng, _kim.Members);
        Line($"> {Rand.Pick(_rng, Words.Quotes)}. {Sentence(plain: true)}\n>\n> — {person.Name}, {person.Role} {_kim.Name}", 0);
    }

    /// <summary>Appends a block and a blank line; <paramref name="extraWords"/> corrects the count for text not counted.</summary>
    private void Line(string block, int extraWords)
    {
        _body.Append(block).Append("\n\n");
        _words += CountWords(block) + extraWords;
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && c is '-' or '\'');
        }

        return count;
    }

    private string Fill(string template)
    {
        if (!template.Contains('{', StringComparison.Ordinal))
        {
            return template;
        }

        var result = new StringBuilder(template.Length + 32);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open);
            result.Append(template, i, open - i);
            result.Append(Value(template[(open + 1)..close]));
            i = close + 1;
        }

        return result.ToString();
    }

    private string Value(string key) => key switch
    {
        "desa" => _kim.Place.Desa.Name,
        "dusun" => Rand.Pick(_rng, _kim.Dusun),
        "bulan" => Words.Months[_date.Month - 1],
        "tahun" => _date.Year.ToString(CultureInfo.InvariantCulture),
        "angka" => (_rng.Next(2, 60) * 5).ToString(CultureInfo.InvariantCulture),
        "tahap" => _rng.Next(1, 4).ToString(CultureInfo.InvariantCulture),
        "rt" => _rng.Next(1, 25).ToString("00", CultureInfo.InvariantCulture),
        "poktan" => Rand.Pick(_rng, Words.Poktan),
        "produk" => Rand.Pick(_rng, Words.Products),
        "wisata" => Rand.Pick(_rng, Words.Attractions),
        "festival" => Rand.Pick(_rng, Words.Festivals),
        "musim" => Rand.Pick(_rng, Words.Seasons),
        _ => throw new InvalidOperationException($"Unknown placeholder {{{key}}}"),
    };

    private static string UpperFirst(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
