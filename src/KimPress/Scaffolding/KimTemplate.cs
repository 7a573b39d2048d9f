using System.Text;
using KimPress.Configuration;

namespace KimPress.Scaffolding;

/// <summary>
/// The text of a new kim.yml: every key KimProfileReader reads, each with a comment that says
/// what it is, whether it is required, and an example. Comments are in the site's language.
/// </summary>
internal static class KimTemplate
{
    /// <summary>The kim.yml for <paramref name="slug"/>, with <paramref name="values"/> filled in.</summary>
    public static string Render(string slug, KimValues values, SiteSettings settings)
    {
        var en = settings.Language == "en";
        string L(string id, string english) => en ? english : id;
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        void Value(string key, string? value) => Line(value is null ? $"{key}:" : $"{key}: {YamlText.Scalar(value)}");

        Line(L($"# Profil KIM untuk blog /{slug}/. Dibuat dengan: kimpress new kim {slug}",
               $"# The profile of the KIM whose blog is /{slug}/. Created with: kimpress new kim {slug}"));
        Line(L("# Baris yang diawali # adalah catatan: tidak dibaca KimPress dan boleh dihapus.",
               "# Lines starting with # are notes: KimPress does not read them and they may be deleted."));
        Line(L("# Isi setiap nilai di belakang titik dua. WAJIB = harus diisi; yang lain boleh dibiarkan kosong.",
               "# Fill in each value after the colon. REQUIRED = must be filled in; the rest may stay empty."));
        Line(L("# Periksa hasilnya dengan: kimpress check",
               "# Check it with: kimpress check"));
        Line();

        Line(L("# WAJIB. Nama KIM seperti tertulis di SK. Contoh: KIM Sukamaju",
               "# REQUIRED. The KIM's name as written in its decree (SK). Example: KIM Sukamaju"));
        Value("name", values.Name);
        Line();

        Line(L("# WAJIB. Nama desa/kelurahan, ditulis persis seperti di daftar desa site.yml. Contoh: Kalianyar",
               "# REQUIRED. The desa/kelurahan, spelt exactly as in site.yml's list of desa. Example: Kalianyar"));
        Value("desa", values.Desa);
        Line();

        Line(L("# WAJIB. Kecamatan: tulis slug-nya (huruf kecil) dari daftar ini:",
               "# REQUIRED. The kecamatan: write its slug (lower case) from this list:"));
        foreach (var kecamatan in settings.Kecamatan)
        {
            Line($"#   {kecamatan.Slug} ({kecamatan.Name})");
        }

        Value("kecamatan", values.Kecamatan);
        Line();

        Line(L("# WAJIB. Klaster KIM dari Diskominfo: tulis slug-nya dari daftar ini:",
               "# REQUIRED. The KIM's cluster (set by Diskominfo): write its slug from this list:"));
        foreach (var cluster in settings.Clusters)
        {
            Line($"#   {cluster.Slug} ({cluster.Name})");
        }

        Value("cluster", values.Cluster);
        Line();

        Line(L("# Tanggal KIM dibentuk, TAHUN-BULAN-TANGGAL. Contoh: 2022-12-13",
               "# The date the KIM was formed, YEAR-MONTH-DAY. Example: 2022-12-13"));
        Line("established:");
        Line();

        Line(L("# Surat Keputusan (SK) pembentukan KIM. Untuk mengisi: hapus tanda # (hanya tanda itu) di awal empat baris",
               "# The decree (SK) that formed the KIM. To fill it in: delete just the # at the start of the four"));
        Line(L("# \"sk:\" sampai \"issuer:\" di bawah, lalu ganti contohnya. Nomor SK ditulis dalam tanda kutip.",
               "# lines \"sk:\" to \"issuer:\" below, then replace the examples. Write the number in quotes."));
        Line("#sk:");
        Line("#  number: \"188/45/424.013/2022\"");
        Line("#  date: 2022-12-01");
        Line("#  issuer: Kepala Desa Kalianyar");
        Line();

        Line(L("# Pengurus dan anggota, satu baris per orang (tampil di halaman profil).",
               "# Officers and members, one line per person (shown on the profile page)."));
        Line(L("# Untuk mengisi: hapus tanda # di awal baris, ganti nama dan jabatannya; tambah baris bila perlu.",
               "# To fill in: delete the # at the start of a line, change name and role; add lines as needed."));
        Line("members:");
        Line("#  - { name: Siti Aminah, role: Ketua }");
        Line("#  - { name: Budi Santoso, role: Sekretaris }");
        Line("#  - { name: Dwi Lestari, role: Anggota }");
        Line();

        Line(L("# Kontak KIM yang boleh diumumkan. Nomor WhatsApp ditulis dalam tanda kutip. Contoh:",
               "# Contact details that may be published. Write the WhatsApp number in quotes. Example:"));
        Line("#   email: kimsukamaju@gmail.com");
        Line("#   whatsapp: \"081234567890\"");
        Line("contact:");
        Line("  email:");
        Line("  whatsapp:");
        Line();

        Line(L("# Akun media sosial KIM, alamat lengkap yang diawali https://. Kosongkan yang tidak ada.",
               "# The KIM's social media accounts, full addresses starting with https://. Leave empty the ones you do not have."));
        Line(L("# Contoh: facebook: https://www.facebook.com/kimsukamaju",
               "# Example: facebook: https://www.facebook.com/kimsukamaju"));
        Line("social:");
        foreach (var network in new[] { "facebook", "instagram", "youtube", "tiktok", "x", "website" })
        {
            Line($"  {network}:");
        }

        Line();
        Line(L("# Logo KIM: unggah gambarnya ke folder ini (di samping kim.yml), lalu tulis nama filenya. Contoh: logo.png",
               "# The KIM's logo: upload the image into this folder (beside kim.yml), then write its file name. Example: logo.png"));
        Line("logo:");
        Line();

        Line(L("# Satu-dua kalimat tentang KIM ini, tampil di halaman profil. Contoh:",
               "# One or two sentences about this KIM, shown on the profile page. Example:"));
        Line(L("# description: KIM Sukamaju mengabarkan kegiatan dan potensi Desa Kalianyar.",
               "# description: KIM Sukamaju reports on the events and potential of Desa Kalianyar."));
        Line("description:");
        return text.ToString();
    }
}
