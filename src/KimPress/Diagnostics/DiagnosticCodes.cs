namespace KimPress.Diagnostics;

/// <summary>
/// Every diagnostic KimPress can report, in one place. Codes are stable: once published,
/// a code keeps its meaning. KP00xx site.yml, KP01xx KIM folders and kim.yml,
/// KP02xx posts and pages, KP03xx writing advice (warnings), KP04xx theme and output,
/// KP05xx authoring commands (kimpress new).
/// docs/diagnostics.md documents each one.
/// </summary>
public static class DiagnosticCodes
{
    // Lazy, so it is built after every descriptor field below has been initialised.
    private static readonly Lazy<Dictionary<string, DiagnosticDescriptor>> LazyByCode = new(() =>
        typeof(DiagnosticCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Select(f => f.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .ToDictionary(d => d.Code, StringComparer.Ordinal));

    /// <summary>Every descriptor by its code.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> ByCode => LazyByCode.Value;

    private static DiagnosticDescriptor E(string code, string messageId, string hintId, string messageEn, string hintEn) =>
        new(code, Severity.Error, messageId, hintId, messageEn, hintEn);

    private static DiagnosticDescriptor W(string code, string messageId, string hintId, string messageEn, string hintEn) =>
        new(code, Severity.Warning, messageId, hintId, messageEn, hintEn);

    /// <summary>site.yml is missing.</summary>
    public static readonly DiagnosticDescriptor SiteConfigMissing = E("KP0001",
        "site.yml tidak ditemukan di {0}",
        "Jalankan perintah dari folder situs, atau pakai --source FOLDER yang berisi site.yml.",
        "site.yml was not found in {0}",
        "Run the command from the site's folder, or pass --source FOLDER containing site.yml.");

    /// <summary>YAML that cannot be read.</summary>
    public static readonly DiagnosticDescriptor YamlSyntax = E("KP0002",
        "Penulisan YAML tidak bisa dibaca: {0}",
        "Periksa titik dua, tanda kutip dan indentasi (pakai spasi, bukan tab) di baris ini.",
        "The YAML cannot be read: {0}",
        "Check colons, quotes and indentation (spaces, not tabs) on this line.");

    /// <summary>A key that is not part of the format.</summary>
    public static readonly DiagnosticDescriptor UnknownKey = E("KP0003",
        "Kunci \"{0}\" tidak dikenal{1}",
        "Kunci yang boleh dipakai di sini: {2}.",
        "Unknown key \"{0}\"{1}",
        "Keys allowed here: {2}.");

    /// <summary>A required key is missing.</summary>
    public static readonly DiagnosticDescriptor MissingKey = E("KP0004",
        "Kunci wajib \"{0}\" belum diisi",
        "Tambahkan baris \"{0}: ...\" di bagian ini.",
        "The required key \"{0}\" is missing",
        "Add a line \"{0}: ...\" to this section.");

    /// <summary>A value of the wrong shape.</summary>
    public static readonly DiagnosticDescriptor WrongType = E("KP0005",
        "Nilai \"{0}\" harus berupa {1}",
        "Contoh penulisan yang benar: {2}",
        "The value of \"{0}\" must be {1}",
        "Example of a correct value: {2}");

    /// <summary>A value that is well-formed YAML but not acceptable.</summary>
    public static readonly DiagnosticDescriptor InvalidValue = E("KP0006",
        "Nilai \"{0}\" tidak valid: {1}",
        "{2}",
        "The value of \"{0}\" is not valid: {1}",
        "{2}");

    /// <summary>A date that cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidDate = E("KP0007",
        "Tanggal \"{0}\" tidak bisa dibaca",
        "Tulis tanggal seperti 2024-03-01, 2024-03-01 08:30 atau 1 Maret 2024.",
        "The date \"{0}\" cannot be read",
        "Write dates like 2024-03-01, 2024-03-01 08:30 or 1 March 2024.");

    /// <summary>The same slug twice in a list of site.yml.</summary>
    public static readonly DiagnosticDescriptor DuplicateSlug = E("KP0008",
        "Slug \"{0}\" dipakai lebih dari sekali (juga di baris {1})",
        "Setiap slug harus unik; ganti salah satunya.",
        "The slug \"{0}\" is used more than once (also on line {1})",
        "Every slug must be unique; rename one of them.");

    /// <summary>A slug that is not lower-case ASCII with hyphens.</summary>
    public static readonly DiagnosticDescriptor InvalidSlug = E("KP0009",
        "\"{0}\" bukan slug yang valid",
        "Slug hanya boleh berisi huruf kecil a-z, angka 0-9 dan tanda hubung, misalnya \"{1}\".",
        "\"{0}\" is not a valid slug",
        "A slug may only contain lower-case letters a-z, digits 0-9 and hyphens, e.g. \"{1}\".");

    /// <summary>The theme folder does not exist.</summary>
    public static readonly DiagnosticDescriptor ThemeMissing = E("KP0010",
        "Tema \"{0}\" tidak ditemukan",
        "Periksa nilai \"theme\" di site.yml; tema ada di folder themes/.",
        "The theme \"{0}\" was not found",
        "Check \"theme\" in site.yml; themes live in the themes/ folder.");

    /// <summary>A KIM folder without kim.yml.</summary>
    public static readonly DiagnosticDescriptor KimFileMissing = E("KP0101",
        "Folder KIM \"{0}\" tidak punya kim.yml",
        "Buat file kim.yml di folder ini (perintah: kimpress new kim {0}).",
        "The KIM folder \"{0}\" has no kim.yml",
        "Create kim.yml in this folder (command: kimpress new kim {0}).");

    /// <summary>A KIM folder whose name is not a valid slug.</summary>
    public static readonly DiagnosticDescriptor InvalidKimFolder = E("KP0102",
        "Nama folder KIM \"{0}\" tidak valid",
        "Ganti nama folder menjadi huruf kecil a-z, angka dan tanda hubung, misalnya \"{1}\".",
        "The KIM folder name \"{0}\" is not valid",
        "Rename the folder to lower-case letters a-z, digits and hyphens, e.g. \"{1}\".");

    /// <summary>A KIM folder whose name the site uses itself.</summary>
    public static readonly DiagnosticDescriptor ReservedKimFolder = E("KP0103",
        "Nama folder KIM \"{0}\" sudah dipakai oleh situs sendiri",
        "Pakai nama lain, misalnya \"kim-{0}\". Nama yang dipakai situs: {1}.",
        "The KIM folder name \"{0}\" is used by the site itself",
        "Choose another name, e.g. \"kim-{0}\". Names the site uses: {1}.");

    /// <summary>A reference to a cluster that site.yml does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownCluster = E("KP0104",
        "Klaster \"{0}\" tidak ada di site.yml{1}",
        "Klaster yang ada: {2}.",
        "The cluster \"{0}\" is not defined in site.yml{1}",
        "Defined clusters: {2}.");

    /// <summary>A reference to a kecamatan that site.yml does not define.</summary>
    public static readonly DiagnosticDescriptor UnknownKecamatan = E("KP0105",
        "Kecamatan \"{0}\" tidak ada di site.yml{1}",
        "Kecamatan yang ada: {2}.",
        "The kecamatan \"{0}\" is not defined in site.yml{1}",
        "Defined kecamatan: {2}.");

    /// <summary>A desa that is not listed under the KIM's kecamatan.</summary>
    public static readonly DiagnosticDescriptor UnknownDesa = E("KP0106",
        "Desa \"{0}\" tidak tercatat di Kecamatan {1}{2}",
        "Desa di kecamatan ini: {3}. Tulis persis seperti di site.yml.",
        "The desa \"{0}\" is not listed under kecamatan {1}{2}",
        "Desa in this kecamatan: {3}. Spell it exactly as in site.yml.");

    /// <summary>A post file name that does not follow YYYY-MM-DD-slug.</summary>
    public static readonly DiagnosticDescriptor InvalidPostName = E("KP0201",
        "Nama file tulisan \"{0}\" tidak sesuai pola TAHUN-BULAN-TANGGAL-judul",
        "Ganti nama menjadi misalnya \"{1}\" (huruf kecil, angka dan tanda hubung).",
        "The post file name \"{0}\" does not follow YEAR-MONTH-DAY-slug",
        "Rename it to e.g. \"{1}\" (lower-case letters, digits and hyphens).");

    /// <summary>A post or page without a front matter block.</summary>
    public static readonly DiagnosticDescriptor FrontMatterMissing = E("KP0202",
        "Bagian depan (front matter) tidak ditemukan atau tidak ditutup",
        "Mulai file dengan baris \"---\", isi judul dan tanggal, lalu tutup dengan baris \"---\".",
        "The front matter is missing or not closed",
        "Start the file with a \"---\" line, add title and date, then close with a \"---\" line.");

    /// <summary>The same post slug twice in one KIM, or two things at one URL.</summary>
    public static readonly DiagnosticDescriptor DuplicateUrl = E("KP0204",
        "Alamat /{0} dipakai oleh dua file: ini dan {1}",
        "Ganti slug (bagian nama file setelah tanggal) salah satu file.",
        "The address /{0} is used by two files: this one and {1}",
        "Change the slug (the part of the file name after the date) of one of them.");

    /// <summary>A referenced local image or file that does not exist.</summary>
    public static readonly DiagnosticDescriptor FileNotFound = E("KP0205",
        "File \"{0}\" tidak ditemukan",
        "Letakkan file di samping tulisan (folder bundle) atau perbaiki namanya; huruf besar/kecil dibedakan.",
        "The file \"{0}\" was not found",
        "Put the file beside the post (in its bundle folder) or fix the name; case matters.");

    /// <summary>Front-matter date and file-name date disagree.</summary>
    public static readonly DiagnosticDescriptor DateMismatch = W("KP0206",
        "Tanggal di front matter ({0}) berbeda dengan tanggal di nama file ({1})",
        "Samakan keduanya; yang dipakai adalah tanggal di front matter.",
        "The front-matter date ({0}) differs from the date in the file name ({1})",
        "Make them agree; the front-matter date is used.");

    /// <summary>A local link that points outside the KIM's folder.</summary>
    public static readonly DiagnosticDescriptor PathOutsideFolder = E("KP0207",
        "Alamat \"{0}\" menunjuk ke luar folder KIM",
        "Simpan gambar dan file di folder KIM sendiri, lalu tautkan dengan nama file saja.",
        "The path \"{0}\" points outside the KIM's folder",
        "Keep images and files in the KIM's own folder and link them by file name.");

    /// <summary>A klarifikasi-hoaks post without its claim block, or a claim elsewhere.</summary>
    public static readonly DiagnosticDescriptor ClaimMismatch = E("KP0208",
        "{0}",
        "Tulisan klarifikasi hoaks memakai category: klarifikasi-hoaks dan blok claim (rating, text, source).",
        "{0}",
        "A hoax clarification uses category: klarifikasi-hoaks and a claim block (rating, text, source).");

    /// <summary>A file that is not UTF-8 text.</summary>
    public static readonly DiagnosticDescriptor NotUtf8 = E("KP0211",
        "File ini bukan teks UTF-8 (byte tidak valid di baris {0})",
        "Buka file di editor teks lalu simpan ulang dengan encoding UTF-8.",
        "This file is not UTF-8 text (invalid byte on line {0})",
        "Open the file in a text editor and save it again as UTF-8.");

    /// <summary>An empty file.</summary>
    public static readonly DiagnosticDescriptor EmptyFile = E("KP0212",
        "File ini kosong",
        "Isi file dengan front matter dan tulisan, atau hapus file ini.",
        "This file is empty",
        "Fill it with front matter and text, or delete it.");

    /// <summary>A binary file where text was expected.</summary>
    public static readonly DiagnosticDescriptor BinaryFile = E("KP0213",
        "File ini bukan teks (berisi data biner)",
        "Tulisan harus berupa file teks .md; gambar simpan sebagai .jpg/.png di samping tulisan.",
        "This file is not text (it contains binary data)",
        "Posts must be .md text files; save images as .jpg/.png beside the post.");

    /// <summary>A file larger than the configured limit.</summary>
    public static readonly DiagnosticDescriptor FileTooLarge = E("KP0214",
        "File terlalu besar ({0} KB, batas {1} KB)",
        "Pecah tulisan menjadi beberapa tulisan, atau perkecil ukuran file.",
        "The file is too large ({0} KB, limit {1} KB)",
        "Split the post into several, or make the file smaller.");

    /// <summary>A symbolic link that leads outside content/.</summary>
    public static readonly DiagnosticDescriptor LinkOutsideContent = E("KP0215",
        "Tautan simbolik \"{0}\" menunjuk ke luar folder content/",
        "Hapus tautan simbolik ini dan salin filenya ke folder KIM.",
        "The symbolic link \"{0}\" points outside the content/ folder",
        "Remove the symbolic link and copy the file into the KIM's folder.");

    /// <summary>A link or image address with a scheme that is not allowed.</summary>
    public static readonly DiagnosticDescriptor UnsafeUrl = E("KP0216",
        "Alamat \"{0}\" tidak diizinkan",
        "Pakai alamat yang diawali https://, http://, mailto: atau tel:, atau nama file di folder KIM.",
        "The address \"{0}\" is not allowed",
        "Use an address starting with https://, http://, mailto: or tel:, or a file name in the KIM's folder.");

    /// <summary>Lists, quotes or YAML nested deeper than the limit.</summary>
    public static readonly DiagnosticDescriptor TooDeep = E("KP0217",
        "Susunan bertingkat terlalu dalam (lebih dari {0} tingkat)",
        "Kurangi daftar, kutipan (>) atau isian YAML yang bertingkat-tingkat; batasnya bisa diubah di site.yml (limits: max_nesting).",
        "Nesting is too deep (more than {0} levels)",
        "Flatten the nested lists, quotes (>) or YAML; the limit can be changed in site.yml (limits: max_nesting).");

    /// <summary>A line longer than the limit.</summary>
    public static readonly DiagnosticDescriptor LineTooLong = E("KP0218",
        "Baris terlalu panjang ({0} karakter, batas {1})",
        "Pecah baris ini menjadi beberapa paragraf; batasnya bisa diubah di site.yml (limits: max_line_chars).",
        "The line is too long ({0} characters, limit {1})",
        "Split this line into several paragraphs; the limit can be changed in site.yml (limits: max_line_chars).");

    /// <summary>A file that took too long to render.</summary>
    public static readonly DiagnosticDescriptor RenderTimeout = E("KP0219",
        "Tulisan ini tidak selesai diproses dalam {0} detik",
        "Periksa tanda [ ] ( ) * _ atau < yang tidak berpasangan dan tautan yang sangat banyak, atau pecah tulisan menjadi beberapa bagian.",
        "This file could not be processed within {0} seconds",
        "Look for unmatched [ ] ( ) * _ or < characters and very many links, or split the post into several.");

    /// <summary>Raw HTML that the sanitiser had to remove.</summary>
    public static readonly DiagnosticDescriptor HtmlRemoved = W("KP0220",
        "Sebagian HTML di tulisan ini dihapus karena tidak aman: {0}",
        "Skrip, formulir, atribut on…, style dan iframe dari luar daftar embeds di site.yml tidak diterbitkan. Pakai Markdown biasa.",
        "Some HTML in this post was removed as unsafe: {0}",
        "Scripts, forms, on… attributes, styles and iframes not on site.yml's embeds list are not published. Use plain Markdown.");

    /// <summary>An image without alternative text.</summary>
    public static readonly DiagnosticDescriptor ImageWithoutAlt = W("KP0301",
        "Gambar \"{0}\" tidak punya teks alternatif",
        "Tambahkan keterangan singkat isi gambar (image_alt, atau teks di dalam ![...]) untuk pembaca tunanetra.",
        "The image \"{0}\" has no alternative text",
        "Add a short description of the image (image_alt, or the text inside ![...]) for blind readers.");

    /// <summary>A post without a summary.</summary>
    public static readonly DiagnosticDescriptor MissingSummary = W("KP0302",
        "Tulisan ini belum punya ringkasan (summary)",
        "Tambahkan \"summary:\" satu-dua kalimat; ringkasan tampil di daftar tulisan dan saat dibagikan ke WhatsApp.",
        "This post has no summary",
        "Add \"summary:\" of one or two sentences; it shows in lists and when shared on WhatsApp.");

    /// <summary>A very long title.</summary>
    public static readonly DiagnosticDescriptor LongTitle = W("KP0303",
        "Judul terlalu panjang ({0} karakter, sebaiknya paling banyak {1})",
        "Persingkat judul; judul pendek lebih mudah dibaca di ponsel dan di hasil pencarian.",
        "The title is very long ({0} characters, at most {1} is better)",
        "Shorten the title; short titles read better on phones and in search results.");

    /// <summary>A template that cannot be parsed or rendered.</summary>
    public static readonly DiagnosticDescriptor TemplateError = E("KP0401",
        "Kesalahan templat: {0}",
        "Perbaiki templat di baris ini (bahasa templat Scriban).",
        "Template error: {0}",
        "Fix the template on this line (Scriban template language).");

    /// <summary>A required template is missing from the theme and layouts/.</summary>
    public static readonly DiagnosticDescriptor TemplateMissing = E("KP0402",
        "Templat \"{0}\" tidak ada di tema maupun di folder layouts/",
        "Salin templat dari themes/default/layouts/ atau periksa nama filenya.",
        "The template \"{0}\" is in neither the theme nor layouts/",
        "Copy it from themes/default/layouts/ or check its file name.");

    /// <summary>A file that cannot be read or written.</summary>
    public static readonly DiagnosticDescriptor IoError = E("KP0403",
        "File tidak bisa dibaca atau ditulis: {0}",
        "Periksa izin akses folder dan ruang disk.",
        "The file cannot be read or written: {0}",
        "Check folder permissions and free disk space.");

    /// <summary>An output folder that is, or contains, the source folder.</summary>
    public static readonly DiagnosticDescriptor OutputIsSource = E("KP0404",
        "Folder hasil {0} adalah folder sumber, berisi folder sumber, atau berada di dalam {1}",
        "Pilih folder lain untuk hasil build, misalnya public/.",
        "The output folder {0} is the source folder, contains it, or lies inside {1}",
        "Choose another output folder, e.g. public/.");

    /// <summary>An output folder KimPress did not create.</summary>
    public static readonly DiagnosticDescriptor OutputNotOurs = E("KP0405",
        "Folder hasil {0} berisi file yang bukan buatan KimPress",
        "KimPress hanya mengganti folder yang dibuatnya sendiri (bertanda .kimpress-output). Pilih folder kosong, atau kosongkan folder itu sendiri.",
        "The output folder {0} holds files KimPress did not create",
        "KimPress only replaces folders it created (marked by .kimpress-output). Choose an empty folder, or empty that one yourself.");

    /// <summary>A page heavier than site.yml's page budget.</summary>
    public static readonly DiagnosticDescriptor PageOverBudget = W("KP0406",
        "Halaman {0} berukuran {1} KB (HTML {2} KB + CSS {3} KB), melebihi batas {4} KB",
        "Pembaca di desa sering memakai sinyal lemah: perpendek tulisan atau pecah menjadi beberapa tulisan, kurangi isi templat, atau naikkan batasnya di site.yml (budget: {{ page_kb: {4} }}).",
        "The page {0} weighs {1} KB (HTML {2} KB + CSS {3} KB), over the {4} KB budget",
        "Village readers are often on weak connections: shorten the post or split it, trim the templates, or raise the budget in site.yml (budget: {{ page_kb: {4} }}).");

    /// <summary>kimpress new kim: a KIM slug that is not a valid folder name.</summary>
    public static readonly DiagnosticDescriptor InvalidNewKimSlug = E("KP0501",
        "\"{0}\" tidak bisa dipakai sebagai nama folder KIM",
        "Nama folder KIM menjadi alamat blognya: hanya huruf kecil a-z, angka dan tanda hubung. Coba: kimpress new kim {1}",
        "\"{0}\" cannot be used as a KIM folder name",
        "A KIM's folder name becomes its blog's address: lower-case letters a-z, digits and hyphens only. Try: kimpress new kim {1}");

    /// <summary>kimpress new kim: the KIM already has a kim.yml.</summary>
    public static readonly DiagnosticDescriptor KimExists = E("KP0502",
        "KIM \"{0}\" sudah ada; file ini tidak ditimpa",
        "Ubah file yang sudah ada itu langsung, atau pilih nama folder lain untuk KIM baru.",
        "The KIM \"{0}\" already exists; this file was not overwritten",
        "Edit the existing file itself, or choose another folder name for the new KIM.");

    /// <summary>kimpress new kim: a desa named in more than one kecamatan, with no --kecamatan to tell them apart.</summary>
    public static readonly DiagnosticDescriptor AmbiguousDesa = E("KP0503",
        "Desa \"{0}\" ada di lebih dari satu kecamatan: {1}",
        "Sebutkan kecamatannya juga, misalnya --kecamatan {2}.",
        "The desa \"{0}\" is listed in more than one kecamatan: {1}",
        "Name the kecamatan too, e.g. --kecamatan {2}.");

    /// <summary>kimpress new post: the KIM folder does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownKim = E("KP0504",
        "KIM \"{0}\" tidak ada di folder content/{1}",
        "KIM yang ada: {2}. Untuk membuat KIM baru: kimpress new kim {0}",
        "The KIM \"{0}\" does not exist in the content/ folder{1}",
        "Existing KIMs: {2}. To create a new KIM: kimpress new kim {0}");

    /// <summary>kimpress new post: a title that is empty or has no letters or digits.</summary>
    public static readonly DiagnosticDescriptor UnusableTitle = E("KP0505",
        "Judul tulisan \"{0}\" kosong atau tidak berisi huruf latin maupun angka",
        "Tulis judul dalam tanda kutip setelah perintah, misalnya: kimpress new post --kim {1} \"Posyandu Balita Kembali Aktif\"",
        "The post title \"{0}\" is empty or has no Latin letters or digits",
        "Put the title in quotes after the command, e.g.: kimpress new post --kim {1} \"Posyandu Balita Kembali Aktif\"");

    /// <summary>kimpress new post: the file (or bundle folder) already exists.</summary>
    public static readonly DiagnosticDescriptor PostExists = E("KP0506",
        "Tulisan ini sudah ada; file tidak ditimpa",
        "Pakai judul lain (misalnya tambahkan nama dusun atau bulan), atau hapus file itu dulu bila memang ingin mulai dari awal.",
        "This post already exists; the file was not overwritten",
        "Use another title (add the dusun or the month, say), or delete that file first if you really want to start over.");

    /// <summary>kimpress new post: the address the title gives is taken by another post, a page or the site itself.</summary>
    public static readonly DiagnosticDescriptor PostAddressTaken = E("KP0507",
        "Alamat /{0}/ sudah dipakai oleh {1}",
        "Setiap tulisan di satu KIM perlu alamat sendiri. Pakai judul yang sedikit berbeda, misalnya tambahkan nama dusun, bulan atau tahun.",
        "The address /{0}/ is already used by {1}",
        "Every post of a KIM needs its own address. Use a slightly different title, e.g. add the dusun, the month or the year.");

    /// <summary>kimpress new kim: a desa that no kecamatan in site.yml lists.</summary>
    public static readonly DiagnosticDescriptor DesaNotListed = E("KP0508",
        "Desa \"{0}\" tidak ada di daftar desa site.yml{1}",
        "Tulis nama desa persis seperti di site.yml, atau sebutkan --kecamatan untuk melihat daftar desanya. Desa baru ditambahkan oleh admin Diskominfo di site.yml.",
        "The desa \"{0}\" is not in site.yml's list of desa{1}",
        "Spell it exactly as in site.yml, or give --kecamatan to see its desa. New desa are added to site.yml by the Diskominfo admin.");
}
