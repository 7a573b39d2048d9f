using System.Globalization;
using System.Text;
using KimPress.Configuration;
using KimPress.Content;

namespace KimPress.Scaffolding;

/// <summary>
/// The text of a new post: front matter with every key PostReader reads, each commented, and a
/// body that teaches the kind of post. Guidance the reader must not see sits in HTML comments,
/// which the build drops; prompts under the headings are meant to be replaced.
/// </summary>
internal static class PostTemplate
{
    /// <summary>The line of the file that holds the title.</summary>
    public const int TitleLine = 3;

    /// <summary>The post's text, in the site's language.</summary>
    public static string Render(PostValues values, SiteSettings settings)
    {
        var en = settings.Language == "en";
        var zone = TimeZones.Abbreviation(values.Now.Offset);
        var text = new StringBuilder();
        string L(string id, string english) => en ? english : id;
        void Line(string line = "") => text.Append(line).Append('\n');
        // At least one space before the #: without it, the # would be part of a plain value.
        void Field(string key, string? value, string comment) =>
            Line($"{(value is null ? $"{key}:" : $"{key}: {value}").PadRight(31)} # {comment}");

        var category = values.Type switch
        {
            PostType.Pengumuman => "pengumuman",
            PostType.KlarifikasiHoaks => PostReader.HoaxCategory,
            _ => "berita",
        };

        Line("---");
        Line(L("# Baris atau bagian yang diawali # adalah catatan dan tidak ikut terbit.",
               "# Anything from a # to the end of the line is a note and is not published."));
        Line($"title: {YamlText.Scalar(values.Title)}");
        Field("date", values.Now.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            L($"waktu setempat ({zone}): TAHUN-BULAN-TANGGAL JAM:MENIT", $"local time ({zone}): YEAR-MONTH-DAY HOUR:MINUTE"));
        Field("author", values.Author is null ? null : YamlText.Scalar(values.Author), L("nama penulis, misalnya Siti Aminah", "the writer's name, e.g. Siti Aminah"));
        Field("tags", $"[{string.Join(", ", values.Tags.Select(t => YamlText.Scalar(t, inFlow: true)))}]",
            L("1-5 kata kunci huruf kecil, misalnya [kesehatan, posyandu]", "1-5 lower-case keywords, e.g. [kesehatan, posyandu]"));
        Field("category", category, L("berita, pengumuman, potensi-desa, kegiatan-kim, klarifikasi-hoaks", "berita, pengumuman, potensi-desa, kegiatan-kim, klarifikasi-hoaks"));
        Field("summary", values.Summary is null ? null : YamlText.Scalar(values.Summary),
            L("1-2 kalimat untuk daftar tulisan dan pratinjau WhatsApp", "1-2 sentences for post lists and WhatsApp previews"));
        Field("image", null, L("foto sampul: nama file foto di folder yang sama, misalnya foto-kegiatan.jpg", "cover photo: a file name in the same folder, e.g. foto-kegiatan.jpg"));
        Field("image_alt", null, L("isi foto sampul untuk pembaca tunanetra, misalnya Kader menimbang balita", "what the cover photo shows, for blind readers"));
        if (values.Type == PostType.KlarifikasiHoaks)
        {
            Claim(Line, L);
        }

        Field("draft", "true", L("ganti menjadi false bila tulisan sudah siap terbit", "change to false when the post is ready to publish"));
        Line("---");
        switch (values.Type)
        {
            case PostType.KlarifikasiHoaks:
                HoaxBody(Line, L);
                break;
            case PostType.Pengumuman:
                AnnouncementBody(Line, L, zone);
                break;
            default:
                NewsBody(Line, L);
                break;
        }

        return text.ToString();
    }

    /// <summary>The headings each skeleton puts in the body (what a test finds on the built page).</summary>
    public static IReadOnlyList<string> Headings(PostType type, string language) => (type, language == "en") switch
    {
        (PostType.KlarifikasiHoaks, false) => ["Faktanya", "Cara kami memeriksa", "Pesan untuk warga"],
        (PostType.KlarifikasiHoaks, true) => ["The facts", "How we checked", "A word to residents"],
        (PostType.Pengumuman, false) => ["Waktu dan tempat", "Siapa yang perlu datang", "Yang perlu dibawa", "Narahubung", "Sumber informasi"],
        (PostType.Pengumuman, true) => ["Time and place", "Who should come", "What to bring", "Contact", "Source of the information"],
        (_, false) => ["Apa yang terjadi", "Siapa yang terlibat", "Kapan dan di mana", "Mengapa", "Bagaimana", "Sumber informasi"],
        (_, true) => ["What happened", "Who was involved", "When and where", "Why", "How", "Source of the information"],
    };

    private static void Claim(Action<string> line, Func<string, string, string> l)
    {
        line("claim:");
        line(l("  # Label hasil pemeriksaan: HOAKS, DISINFORMASI, MISINFORMASI, SALAH atau MENYESATKAN",
               "  # The verdict: HOAKS, DISINFORMASI, MISINFORMASI, SALAH or MENYESATKAN"));
        line("  rating: HOAKS");
        line(l("  # Narasi: pesan, judul atau keterangan yang beredar, disalin persis, di dalam tanda kutip",
               "  # The claim: the message, headline or caption as it circulated, copied exactly, in quotes"));
        line(l("  text: \"Salin di sini narasi yang beredar, persis seperti aslinya.\"",
               "  text: \"Copy the claim here exactly as it circulated.\""));
        line(l("  # Sumber: di mana narasi beredar, misalnya Pesan berantai di grup WhatsApp warga",
               "  # Where it circulated, e.g. A chain message in residents' WhatsApp groups"));
        line("  source:");
        line(l("  # Alamat unggahan aslinya (https://...), bila ada", "  # The address of the original post (https://...), if any"));
        line("  source_url:");
        line(l("  # Alamat arsipnya di https://web.archive.org atau https://archive.ph, agar bukti tetap ada bila unggahan dihapus",
               "  # Its archived copy at https://web.archive.org or https://archive.ph, so the evidence survives deletion"));
        line("  archive_url:");
        line(l("  # Tanggal narasi mulai beredar, misalnya 2025-10-21", "  # The date the claim began to circulate, e.g. 2025-10-21"));
        line("  date:");
        line(l("  # Referensi: sumber resmi yang membantah, tampil di akhir tulisan. Hapus tanda # di awal baris",
               "  # References: official sources that refute it, listed at the end. Delete the # at the start of"));
        line(l("  # contoh di bawah, lalu ganti judul dan alamatnya; satu baris per sumber.",
               "  # the example line below, then change title and address; one line per source."));
        line("  references:");
        line("  #  - { title: Keterangan BPBD Kabupaten Contoh, url: https://bpbd.contohkab.go.id/siaran-pers }");
    }

    private static void NewsBody(Action<string> line, Func<string, string, string> l)
    {
        var h = Headings(PostType.Berita, l("id", "en"));
        line("<!--");
        line(l("PANDUAN MENULIS BERITA. Catatan di dalam tanda pembuka dan penutup ini tidak ikut terbit; boleh dihapus.",
               "HOW TO WRITE A NEWS POST. Notes inside these opening and closing marks are not published; you may delete them."));
        line(l("Berita yang lengkap menjawab 5W+1H: apa, siapa, kapan, di mana, mengapa dan bagaimana.",
               "A complete report answers the 5W+1H: what, who, when, where, why and how."));
        line(l("Paragraf pertama paling penting: banyak pembaca hanya membaca paragraf itu.",
               "The first paragraph matters most: many readers read only that one."));
        line(l("Ganti setiap kalimat petunjuk dengan tulisan Anda. Judul bagian (##) boleh diganti atau dihapus.",
               "Replace every prompt with your own text. Section headings (##) may be renamed or removed."));
        line(l("Pakai kalimat pendek, bahasa sehari-hari yang sopan, dan tulis fakta, bukan pendapat.",
               "Use short sentences and plain, polite language; report facts, not opinions."));
        line("-->");
        line("");
        line(l("Tulis paragraf pembuka di sini: apa yang terjadi, siapa yang terlibat, kapan dan di mana, dalam dua-tiga kalimat.",
               "Write the opening paragraph here: what happened, who was involved, when and where, in two or three sentences."));
        line("");
        line($"## {h[0]}");
        line("");
        line(l("Ceritakan kejadiannya dengan urut. Sebutkan angka yang penting: jumlah warga yang hadir, besar bantuan, panjang jalan.",
               "Tell what happened, in order. Give the numbers that matter: how many residents came, how much aid, how long the road is."));
        line("");
        line($"## {h[1]}");
        line("");
        line(l("Sebutkan nama dan jabatan orang yang terlibat, dan kutip ucapan mereka: \"…,\" kata Siti Aminah, kader Posyandu Melati.",
               "Name the people involved and their roles, and quote them: \"…,\" said Siti Aminah, a Posyandu Melati volunteer."));
        line("");
        line($"## {h[2]}");
        line("");
        line(l("Tulis hari, tanggal, jam dan tempat yang jelas, misalnya: Jumat (1/3/2024) pukul 08.00 WIB di Balai Dusun Krajan.",
               "Give the day, date, time and place, e.g.: Friday 1 March 2024 at 08.00 WIB in the Krajan hamlet hall."));
        line("");
        line($"## {h[3]}");
        line("");
        line(l("Jelaskan latar belakangnya: mengapa kegiatan ini diadakan, atau mengapa kejadian ini penting bagi warga.",
               "Explain the background: why this was held, or why it matters to residents."));
        line("");
        line($"## {h[4]}");
        line("");
        line(l("Jelaskan jalannya kegiatan, dan apa yang bisa dilakukan warga: cara mendaftar, syarat, nomor yang bisa dihubungi.",
               "Describe how it went, and what residents can do: how to sign up, what is required, whom to call."));
        line("");
        Photo(line, l);
        line($"## {h[5]}");
        line("");
        line(l("Tulis dari mana informasi ini didapat: liputan langsung, wawancara dengan siapa, atau pengumuman resmi dari mana (dengan tautannya bila ada).",
               "Say where this information comes from: your own reporting, an interview with whom, or which official announcement (with its link, if any)."));
    }

    private static void AnnouncementBody(Action<string> line, Func<string, string, string> l, string zone)
    {
        var h = Headings(PostType.Pengumuman, l("id", "en"));
        line("<!--");
        line(l("PANDUAN MENULIS PENGUMUMAN. Catatan di dalam tanda pembuka dan penutup ini tidak ikut terbit; boleh dihapus.",
               "HOW TO WRITE AN ANNOUNCEMENT. Notes inside these opening and closing marks are not published; you may delete them."));
        line(l("Pengumuman yang baik singkat dan jelas: apa, untuk siapa, kapan, di mana, apa yang dibawa, dan siapa yang bisa ditanya.",
               "A good announcement is short and clear: what, for whom, when, where, what to bring, and whom to ask."));
        line(l("Ganti setiap kalimat petunjuk dengan isi pengumuman Anda.", "Replace every prompt with your announcement."));
        line("-->");
        line("");
        line(l("Tulis inti pengumuman di sini dalam satu-dua kalimat: apa yang diumumkan dan untuk siapa.",
               "Write the gist here in one or two sentences: what is announced, and for whom."));
        line("");
        line($"## {h[0]}");
        line("");
        line(l("- Hari, tanggal: …", "- Day and date: …"));
        line(l($"- Jam: … {zone}", $"- Time: … {zone}"));
        line(l("- Tempat: …", "- Place: …"));
        line("");
        line($"## {h[1]}");
        line("");
        line(l("Sebutkan siapa yang diundang atau berhak, misalnya: ibu hamil dan balita warga RW 01-03.",
               "Say who is invited or eligible, e.g. pregnant women and under-fives of RW 01-03."));
        line("");
        line($"## {h[2]}");
        line("");
        line(l("- misalnya fotokopi KTP dan Kartu Keluarga", "- e.g. a copy of the ID card (KTP) and family card (KK)"));
        line("");
        line($"## {h[3]}");
        line("");
        line(l("Nama dan nomor yang bisa dihubungi bila ada pertanyaan.", "A name and number to call with questions."));
        line("");
        Photo(line, l);
        line($"## {h[4]}");
        line("");
        line(l("Tulis siapa yang mengeluarkan pengumuman ini, misalnya surat Kepala Desa nomor …, dengan tautannya bila ada.",
               "Say who issued this announcement, e.g. the village head's letter number …, with its link if any."));
    }

    private static void HoaxBody(Action<string> line, Func<string, string, string> l)
    {
        var h = Headings(PostType.KlarifikasiHoaks, l("id", "en"));
        line("<!--");
        line(l("PANDUAN KLARIFIKASI HOAKS. Catatan di dalam tanda pembuka dan penutup ini tidak ikut terbit; boleh dihapus.",
               "HOW TO WRITE A HOAX CLARIFICATION. Notes inside these opening and closing marks are not published; you may delete them."));
        line(l("Label, narasi dan sumber diisi di blok claim di atas; semuanya tampil di atas tulisan ini.",
               "The label, the claim and where it circulated go in the claim block above; they are shown above this text."));
        line(l("Isi tulisan di bawah ini adalah PENJELASAN: apa yang salah dan apa faktanya.",
               "The text below is the EXPLANATION: what is wrong and what the facts are."));
        line(l("REFERENSI (sumber resmi) ditulis di claim: references, dan tampil di akhir tulisan.",
               "REFERENCES (official sources) go in claim: references, and are listed at the end."));
        line(l("Jangan menyebarkan ulang tautan atau gambar hoaksnya; cukup arsipnya di archive_url.",
               "Do not spread the hoax's link or picture again; its archive in archive_url is enough."));
        line("-->");
        line("");
        line(l("Tulis kesimpulannya di sini dalam satu-dua kalimat: apa yang salah dari narasi itu, dan apa faktanya.",
               "Write the conclusion here in one or two sentences: what is wrong with the claim, and what the facts are."));
        line("");
        line($"## {h[0]}");
        line("");
        line(l("Jelaskan keadaan yang sebenarnya, dengan nama tempat, tanggal dan angka yang bisa diperiksa.",
               "Explain what is actually true, with places, dates and numbers that can be checked."));
        line("");
        line($"## {h[1]}");
        line("");
        line(l("Ceritakan langkah pemeriksaan: cek ke lokasi, bertanya ke perangkat desa atau dinas, pencarian gambar terbalik, membandingkan dengan berita resmi.",
               "Tell how you checked: visiting the place, asking the village office or the agency, reverse image search, comparing with official news."));
        line("");
        Photo(line, l);
        line($"## {h[2]}");
        line("");
        line(l("Ajak warga memeriksa dulu sebelum membagikan, dan sebutkan ke mana bertanya bila ragu.",
               "Ask residents to check before sharing, and say whom to ask when in doubt."));
    }

    private static void Photo(Action<string> line, Func<string, string, string> l)
    {
        line("<!--");
        line(l("FOTO. Unggah foto ke folder yang sama dengan file ini (sebaiknya di bawah 500 KB), lalu pindahkan",
               "PHOTO. Upload the photo into the same folder as this file (under 500 KB is best), then move"));
        line(l("dua baris contoh di bawah ke luar catatan ini (ke bawah baris penutupnya) dan ganti isinya:",
               "the two example lines below out of this note (under its closing line) and change them:"));
        line(l("teks di dalam ![...] menjelaskan isi foto untuk pembaca tunanetra; baris miring di bawahnya",
               "the text inside ![...] says what the photo shows, for blind readers; the italic line under it"));
        line(l("adalah keterangan foto dan nama pemotretnya (Foto: ...).", "is the caption and the photographer's name (Photo: ...)."));
        line("");
        line(l("![Warga bergotong royong membersihkan saluran air di RT 02](foto-kegiatan.jpg)",
               "![Residents clearing the drains together in RT 02](foto-kegiatan.jpg)"));
        line(l("*Warga RT 02 membersihkan saluran air, Minggu (10/3/2024). Foto: Budi Santoso/KIM Sukamaju*",
               "*Residents of RT 02 clear the drains, Sunday 10 March 2024. Photo: Budi Santoso/KIM Sukamaju*"));
        line("-->");
        line("");
    }
}
