namespace KimPress.Bench;

/// <summary>One subject area of village news: what its posts are titled, about and tagged with.</summary>
/// <param name="Tags">Tags that fit the topic (the first ones are picked most).</param>
/// <param name="Titles">Title templates; {placeholders} are filled by <see cref="PostGenerator"/>.</param>
/// <param name="Objects">Things the sentences of such a post talk about.</param>
/// <param name="Headings">Section headings that fit the topic.</param>
/// <param name="Items">List items that fit the topic.</param>
internal sealed record Topic(string[] Tags, string[] Titles, string[] Objects, string[] Headings, string[] Items);

/// <summary>The word and phrase lists the corpus is built from.</summary>
internal static class Words
{
    public static readonly string[] NamePrefixes =
    [
        "Sumber", "Karang", "Tegal", "Kali", "Wono", "Sido", "Purwo", "Banyu", "Ngadi", "Mojo",
        "Jati", "Kebon", "Candi", "Tlogo", "Gunung", "Sendang", "Pandan", "Tanjung", "Muara", "Pasir",
        "Suko", "Bulu", "Kedung", "Pondok", "Watu", "Tambak", "Ploso", "Dadap", "Bendo", "Gondang",
        "Rowo", "Sumur", "Lemah", "Joyo", "Krajan",
    ];

    public static readonly string[] NameSuffixes =
    [
        "rejo", "sari", "mulyo", "agung", "wangi", "harjo", "asri", "makmur", "jaya", "waru",
        "urip", "tengah", "kidul", "lor", "kulon", "wetan", "anyar", "mukti", "kerto", "utomo",
        "arum", "gede", "manis", "santren",
    ];

    public static readonly string[] KimNameSuffixes =
        ["Mandiri", "Cerdas", "Bersatu", "Sejahtera", "Lestari", "Maju", "Media", "Informasi", "Berdaya", "Sehati", "Cemerlang", "Digital"];

    public static readonly string[] Dusun =
    [
        "Krajan", "Wates", "Ngelo", "Sumbul", "Telaga", "Kauman", "Pundung", "Jeruk", "Nglegok", "Banaran",
        "Sidodadi", "Karanganyar", "Gumuk", "Kebonsari", "Tegalan", "Ngasem", "Glagah", "Dukuh", "Kopen", "Klumpit",
    ];

    public static readonly string[] FirstNames =
    [
        "Siti", "Agus", "Rina", "Budi", "Nur", "Dwi", "Eko", "Fajar", "Wahyu", "Sri", "Heru", "Dewi", "Arif",
        "Putri", "Bambang", "Galih", "Maya", "Kholil", "Rahayu", "Bagus", "Titin", "Zainal", "Lia", "Hendra",
        "Samsul", "Lilik", "Ahmad", "Ratna", "Bayu", "Yuli", "Slamet", "Endang", "Joko", "Wulan", "Anik",
        "Teguh", "Indah", "Suparman", "Novi", "Rizki",
    ];

    public static readonly string[] LastNames =
    [
        "Aminah", "Setiawan", "Puspitasari", "Santoso", "Aini", "Lestari", "Prasetyo", "Nugroho", "Hidayat",
        "Wahyuni", "Anggraini", "Rahman", "Sutrisno", "Prakoso", "Kusuma", "Anwar", "Ningsih", "Wicaksono",
        "Sumarni", "Abidin", "Rahmawati", "Wijaya", "Arifin", "Suryani", "Fauzi", "Pamungkas", "Hartono",
        "Saputra", "Handayani", "Firmansyah",
    ];

    public static readonly string[] Months =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    public static readonly string[] Clusters = ["Lereng Gunung", "Dataran Tengah", "Pesisir", "Hutan Jati", "Perkotaan"];

    public static readonly string[] ClusterDescriptions =
    [
        "KIM di desa-desa lereng gunung. Kabarnya banyak soal kopi, sayur dataran tinggi, wisata telaga, dan kewaspadaan longsor.",
        "KIM di wilayah persawahan dan pusat pemerintahan. Fokusnya pertanian padi, UMKM, dan layanan publik.",
        "KIM di desa nelayan dan tambak sepanjang pantai. Mereka rutin membagikan info cuaca melaut dan siaga bencana.",
        "KIM di desa sekitar hutan jati dan perkebunan. Banyak membahas hasil hutan, peternakan, dan jalan antardesa.",
        "KIM di kelurahan dan desa pinggir kota. Kabarnya soal pelayanan administrasi, sampah, dan ekonomi kreatif anak muda.",
    ];

    public static readonly string[] AllTags =
    [
        "posyandu", "kesehatan", "stunting", "lansia", "pertanian", "padi", "pupuk", "kopi", "irigasi", "air-bersih",
        "jalan-desa", "infrastruktur", "dana-desa", "bansos", "administrasi-kependudukan", "musyawarah-desa",
        "pemerintahan-desa", "umkm", "ekonomi-kreatif", "bumdes", "pelatihan", "wisata", "budaya", "hoaks",
        "literasi-digital", "penipuan-online", "kominfo", "jurnalisme-warga", "pemuda", "bencana", "banjir",
        "longsor", "siaga-bencana", "lingkungan", "sampah", "pendidikan", "karang-taruna", "olahraga",
        "keagamaan", "agustusan", "pkk", "peternakan", "perikanan", "pelayanan-publik",
    ];

    /// <summary>Categories and their weights (klarifikasi-hoaks is left out: it needs a claim block).</summary>
    public static readonly (string Name, int Weight)[] Categories =
        [("berita", 50), ("pengumuman", 20), ("potensi-desa", 15), ("kegiatan-kim", 15)];

    public static readonly string[] Subjects =
    [
        "Warga Dusun {dusun}", "Pemerintah Desa {desa}", "Para kader posyandu", "Kelompok Tani {poktan}", "Anggota KIM",
        "Bidan desa", "Ketua RT {rt}", "Babinsa dan Bhabinkamtibmas", "Pengurus BUMDes", "Karang taruna",
        "Ibu-ibu PKK", "Perangkat desa", "Pendamping desa", "Petugas puskesmas pembantu", "Pelaku UMKM",
        "Badan Permusyawaratan Desa", "Relawan siaga bencana", "Para pemuda Dusun {dusun}", "Kepala Dusun {dusun}",
        "Tim pelaksana kegiatan",
    ];

    public static readonly string[] Verbs =
    [
        "menggelar", "membahas", "menyiapkan", "mengikuti", "mendata", "memperbaiki", "mengusulkan",
        "menyosialisasikan", "membersihkan", "memantau", "membagikan", "menyepakati", "mengawasi", "meninjau",
        "mendukung", "mengevaluasi", "mengumumkan", "melanjutkan",
    ];

    public static readonly string[] Adverbials =
    [
        "di balai desa", "pada Minggu pagi", "bersama warga", "sejak awal bulan", "secara bergotong royong",
        "dengan dukungan Dana Desa", "menjelang musim tanam", "setelah hujan deras beberapa hari terakhir",
        "di halaman kantor desa", "pada Sabtu sore", "selama tiga hari berturut-turut", "di rumah Kepala Dusun {dusun}",
        "bersama pendamping dari kecamatan", "tanpa memungut biaya dari warga", "di Dusun {dusun}",
        "pada pertemuan rutin bulan {bulan}", "di musala dan masjid setempat", "bersama Diskominfo kabupaten",
    ];

    public static readonly string[] Closers =
    [
        "agar manfaatnya dirasakan seluruh warga", "supaya tidak terjadi salah paham", "karena banyak warga yang bertanya",
        "sesuai hasil musyawarah dusun", "sebelum musim hujan tiba", "agar anggaran dipakai tepat sasaran",
        "supaya warga yang bekerja di luar desa tetap mendapat kabar", "sehingga pekerjaan bisa selesai lebih cepat",
        "meskipun cuaca kurang bersahabat", "dan hasilnya akan diumumkan lewat grup WhatsApp desa",
    ];

    public static readonly string[] Roles =
        ["Kepala Desa", "Sekretaris Desa", "Kepala Dusun", "Ketua BPD", "Ketua RT", "bidan desa", "penyuluh pertanian", "Ketua KIM", "Ketua PKK", "Direktur BUMDes"];

    public static readonly string[] Quotes =
    [
        "Kami ingin semua warga mendapat informasi yang sama, tidak hanya yang aktif di media sosial",
        "Kalau ada yang belum jelas, silakan datang ke kantor desa, jangan ragu bertanya",
        "Pekerjaan ini tidak akan selesai tanpa gotong royong warga",
        "Tahun depan kami berharap kegiatan seperti ini bisa digelar lebih sering",
        "Yang penting datanya benar dulu, supaya bantuan tidak salah sasaran",
        "Anak-anak muda di desa ini sebenarnya punya banyak ide, tinggal kita dukung",
        "Jangan mudah percaya pesan berantai, cek dulu ke perangkat desa atau KIM",
        "Hasilnya memang belum sempurna, tapi sudah jauh lebih baik dari tahun lalu",
    ];

    public static readonly string[] GenericHeadings =
    [
        "Latar belakang", "Tanggapan pemerintah desa", "Rencana berikutnya", "Catatan untuk warga", "Suara warga",
        "Apa kata pendamping desa", "Langkah selanjutnya", "Kendala di lapangan", "Anggaran dan sumber dana",
        "Cara menghubungi kami",
    ];

    public static readonly string[] GenericItems =
    [
        "datang tepat waktu sesuai jadwal", "membawa fotokopi KTP dan kartu keluarga", "mengajak tetangga yang belum mendapat kabar",
        "menyampaikan usulan lewat ketua RT masing-masing", "mengecek pengumuman di papan informasi desa",
        "menghubungi anggota KIM bila ada pertanyaan", "menjaga kebersihan lokasi setelah kegiatan", "memakai pakaian yang sopan dan nyaman",
    ];

    public static readonly string[] PhotoCaptions =
    [
        "Warga bergotong royong di Dusun {dusun}", "Suasana musyawarah di balai desa", "Kader posyandu melayani warga",
        "Petani memeriksa tanaman padi", "Produk UMKM {desa} dipajang di gerai BUMDes", "Jalan dusun setelah diperbaiki",
        "Anggota KIM {desa} meliput kegiatan", "Pemandangan sawah dan saluran irigasi",
    ];

    public static readonly string[] Poktan = ["Sri Rejeki", "Sumber Rezeki", "Ngudi Mulyo", "Subur Jaya", "Mekar Sari", "Sido Dadi"];
    public static readonly string[] Products = ["Singkong", "Pisang", "Tempe", "Talas", "Ubi Ungu", "Kerupuk Ikan", "Emping Melinjo"];
    public static readonly string[] Attractions = ["Curug Sewu", "Telaga Biru", "Bukit Pinus", "Goa Lawa", "Pantai Pasir Putih", "Sendang Kamulyan", "Kebun Teh Lama"];
    public static readonly string[] Festivals = ["Panen Raya", "Kopi Rakyat", "Budaya Desa", "Layang-Layang", "Kuliner Kampung", "Tumpeng Agung"];
    public static readonly string[] Seasons = ["Rendeng", "Gadu", "Kemarau", "Hujan"];

    public static readonly Topic[] Topics =
    [
        new(["posyandu", "kesehatan", "stunting", "lansia"],
            ["Jadwal Posyandu Balita dan Lansia Dusun {dusun} Bulan {bulan} {tahun}", "Kader Posyandu {desa} Ikuti Pelatihan Pencegahan Stunting",
             "Pemeriksaan Kesehatan Gratis untuk Lansia di Balai Desa {desa}", "Posyandu Dusun {dusun} Kembali Aktif, {angka} Balita Ditimbang",
             "Kelas Ibu Hamil Dibuka Setiap Bulan di Polindes {desa}", "Stunting di {desa} Turun: Ini Kata Bidan Desa"],
            ["jadwal posyandu balita", "pemeriksaan kesehatan lansia", "pemberian makanan tambahan", "penimbangan balita", "imunisasi dasar lengkap", "kelas ibu hamil", "data balita berisiko stunting"],
            ["Jadwal dan tempat pelayanan", "Layanan yang tersedia", "Yang perlu dibawa", "Pesan dari bidan desa"],
            ["buku KIA untuk balita", "penimbangan berat badan dan pengukuran tinggi badan", "cek tekanan darah dan gula darah", "konsultasi gizi dengan bidan desa", "pemberian vitamin A", "catatan obat yang sedang diminum"]),
        new(["pertanian", "padi", "pupuk", "kopi"],
            ["Petani {desa} Mulai Tanam Padi Serentak Musim {musim}", "Jadwal Pembagian Pupuk Bersubsidi untuk Kelompok Tani {poktan}",
             "Harga Gabah di {desa} Naik Menjelang Panen Raya", "Panen Kopi {tahun} di {desa} Lebih Awal, Harga Stabil",
             "Kelompok Tani {poktan} Uji Coba Pupuk Organik Cair", "Serangan Hama Wereng: Petani {desa} Diminta Waspada"],
            ["pembagian pupuk bersubsidi", "penanaman padi serentak", "pengendalian hama wereng", "pembuatan pupuk organik", "jadwal gilir air sawah", "bibit padi unggul", "alat dan mesin pertanian"],
            ["Kondisi di lapangan", "Pesan penyuluh pertanian", "Jadwal pembagian", "Harga terbaru di tingkat petani"],
            ["kartu tani yang masih berlaku", "jumlah luas lahan sesuai data kelompok", "penyemprotan dilakukan pagi hari", "benih bersertifikat dari penangkar resmi", "laporan hama ke penyuluh pertanian"]),
        new(["irigasi", "air-bersih", "pertanian"],
            ["Saluran Irigasi Dusun {dusun} Jebol Setelah Hujan Deras", "Warga {desa} Kerja Bakti Bersihkan Saluran Irigasi Tersier",
             "Musim Kemarau: Dua Dusun di {desa} Kekurangan Air Bersih", "Pipanisasi Air Bersih ke Dusun {dusun} Rampung {angka} Persen",
             "HIPPAM {desa} Sepakati Iuran Air Bulanan yang Baru"],
            ["saluran irigasi tersier", "pipanisasi air bersih", "jadwal gilir air", "perbaikan pintu air", "sumur bor bantuan", "iuran HIPPAM"],
            ["Titik yang rusak", "Jadwal pembagian air", "Iuran dan perawatan", "Pesan dari ulu-ulu desa"],
            ["saluran di Dusun {dusun} dibersihkan dari sampah", "pintu air dibuka bergiliran", "warga menampung air hujan", "pipa bocor segera dilaporkan", "iuran dibayar paling lambat tanggal sepuluh"]),
        new(["jalan-desa", "infrastruktur", "dana-desa"],
            ["Pembangunan Jalan Usaha Tani Dusun {dusun} Rampung", "Jalan Poros {desa} Rusak Parah, Warga Usulkan Perbaikan",
             "Pengaspalan Jalan Dusun {dusun} Dimulai Pekan Depan", "Dana Desa {tahun} Dipakai untuk Rabat Beton {angka} Meter",
             "Jembatan Bambu di Dusun {dusun} Diganti Jembatan Beton"],
            ["jalan usaha tani", "rabat beton jalan dusun", "perbaikan jalan poros desa", "drainase di tepi jalan", "penerangan jalan umum", "jembatan penghubung antardusun"],
            ["Panjang dan lebar jalan", "Rincian pekerjaan", "Pengalihan arus kendaraan", "Pengawasan oleh warga"],
            ["pengerasan badan jalan", "pemasangan gorong-gorong", "pengecoran rabat beton", "pemasangan rambu dan lampu jalan", "pembersihan sisa material"]),
        new(["bansos", "dana-desa", "administrasi-kependudukan"],
            ["Penyaluran BLT Dana Desa Tahap {tahap} di {desa}", "Pemutakhiran Data Penerima Bansos: Warga Diminta Cek Mandiri",
             "Jadwal Pencairan Bantuan Pangan Beras Bulan {bulan} {tahun}", "Warga {desa} Bisa Cek Status Penerima Bantuan Lewat Ponsel"],
            ["penyaluran BLT Dana Desa", "pemutakhiran data penerima bantuan", "bantuan pangan beras", "verifikasi data kesejahteraan sosial", "daftar penerima bantuan"],
            ["Siapa yang berhak", "Jadwal pencairan", "Cara mengecek status", "Jika data tidak sesuai"],
            ["membawa KTP asli dan kartu keluarga", "datang sendiri atau diwakili anggota keluarga yang tercatat", "mengecek nama di papan pengumuman desa", "melapor ke operator desa bila data salah", "tidak memberi uang kepada siapa pun"]),
        new(["musyawarah-desa", "dana-desa", "pemerintahan-desa"],
            ["Musrenbangdes {tahun}: Warga {desa} Usulkan Perbaikan Jalan Tani", "Musyawarah Dusun {dusun} Sepakati Prioritas Pembangunan",
             "Hasil Musyawarah Desa {desa} tentang APBDes {tahun}", "BPD {desa} Gelar Rapat Dengar Pendapat dengan Warga"],
            ["musyawarah perencanaan pembangunan desa", "rancangan APBDes", "daftar usulan prioritas", "laporan pertanggungjawaban kepala desa", "rencana kerja pemerintah desa"],
            ["Usulan yang masuk", "Prioritas yang disepakati", "Anggaran yang tersedia", "Tanggapan BPD"],
            ["perbaikan jalan usaha tani", "pembangunan talud sungai", "pelatihan keterampilan pemuda", "pengadaan alat posyandu", "bantuan bibit untuk kelompok tani"]),
        new(["umkm", "ekonomi-kreatif", "bumdes", "pelatihan"],
            ["Pelatihan Foto Produk dengan Ponsel untuk Pelaku UMKM {desa}", "Keripik {produk} Buatan Ibu-Ibu {desa} Tembus Pasar Luar Kota",
             "BUMDes {desa} Buka Gerai Oleh-Oleh di Dekat Pasar", "Bazar UMKM Akhir Pekan di Lapangan {desa} Ramai Pengunjung"],
            ["pelatihan pemasaran daring", "kemasan produk olahan", "sertifikat halal gratis", "gerai oleh-oleh BUMDes", "bazar UMKM akhir pekan", "izin usaha mikro"],
            ["Produk unggulan", "Cara memesan", "Harga dan kemasan", "Dukungan dari BUMDes"],
            ["keripik {produk} rasa original dan pedas", "kemasan standing pouch berlabel", "pemesanan lewat WhatsApp", "pengiriman ke luar kota lewat ekspedisi", "pendaftaran sertifikat halal lewat pendamping"]),
        new(["wisata", "budaya", "ekonomi-kreatif"],
            ["Menyusuri Jalur Trekking {wisata} di {desa}", "Homestay Warga {desa}: Cara Mendaftar dan Syaratnya",
             "Festival {festival} {desa} {tahun} Digelar Bulan {bulan}", "Pokdarwis {desa} Benahi Fasilitas Wisata {wisata}"],
            ["jalur trekking {wisata}", "homestay milik warga", "kelompok sadar wisata", "tiket masuk wisata desa", "festival {festival}", "fasilitas toilet dan parkir"],
            ["Rute dan jarak", "Harga tiket", "Fasilitas yang tersedia", "Tips untuk pengunjung"],
            ["memakai alas kaki yang nyaman", "membawa air minum sendiri", "tidak membuang sampah sembarangan", "datang sebelum pukul sembilan pagi", "menghubungi pemandu lokal"]),
        new(["hoaks", "literasi-digital", "penipuan-online", "kominfo"],
            ["Waspada Pesan Berantai Berisi Tautan Pendaftaran Bantuan", "Cara Mengenali Hoaks Sebelum Membagikan ke Grup WhatsApp",
             "KIM {desa} Gelar Kelas Literasi Digital untuk Ibu-Ibu PKK", "Tips Aman Bertransaksi Daring bagi Pelaku UMKM {desa}"],
            ["pesan berantai di grup WhatsApp", "tautan pendaftaran palsu", "kelas literasi digital", "keamanan akun media sosial", "kode OTP"],
            ["Ciri-ciri pesan palsu", "Kalau sudah terlanjur", "Cara mengecek kebenaran", "Ke mana melapor"],
            ["periksa alamat situs yang berakhiran go.id", "jangan pernah membagikan kode OTP", "aktifkan verifikasi dua langkah", "tanyakan dulu ke perangkat desa", "laporkan akun penipu"]),
        new(["jurnalisme-warga", "kominfo", "pelatihan", "pemuda"],
            ["Anggota Baru KIM {desa} Belajar Menulis Berita", "KIM {desa} Ikuti Bimtek Jurnalisme Warga di Diskominfo",
             "Rapat Rutin KIM {desa}: Evaluasi Liputan Bulan {bulan}", "KIM {desa} Latih Pelajar Membuat Video Pendek tentang Desa"],
            ["bimbingan teknis jurnalisme warga", "pembagian tugas liputan", "pelatihan menulis berita", "pembuatan video pendek", "pengelolaan blog KIM"],
            ["Materi yang dipelajari", "Pembagian tugas liputan", "Evaluasi bulan ini", "Target berikutnya"],
            ["menulis dengan rumus 5W+1H", "memotret dengan cahaya dari depan", "menulis keterangan foto", "membedakan fakta dan opini", "mengunggah tulisan ke blog KIM"]),
        new(["bencana", "banjir", "longsor", "siaga-bencana"],
            ["Waspada Longsor: Ini Titik Rawan di {desa}", "Banjir Setinggi Lutut Rendam Dusun {dusun}",
             "Simulasi Siaga Bencana Digelar di Balai Desa {desa}", "Pohon Tumbang Tutup Jalan Dusun {dusun}, Warga Gotong Royong"],
            ["titik rawan longsor", "jalur evakuasi", "simulasi siaga bencana", "posko tanggap darurat", "peringatan dini cuaca"],
            ["Titik rawan", "Jalur evakuasi", "Nomor darurat", "Yang perlu disiapkan"],
            ["tas siaga berisi dokumen penting", "senter dan baterai cadangan", "obat-obatan pribadi", "nomor telepon posko desa", "titik kumpul di lapangan desa"]),
        new(["lingkungan", "sampah", "air-bersih"],
            ["Bank Sampah {desa} Kumpulkan {angka} Kilogram Plastik", "Gerakan Tanam {angka} Pohon di Sempadan Sungai {desa}",
             "Jadwal Pengangkutan Sampah Rumah Tangga di {desa}", "Warga {desa} Sepakat Larang Buang Sampah ke Sungai"],
            ["bank sampah", "penanaman pohon di sempadan sungai", "pengangkutan sampah rumah tangga", "pemilahan sampah organik", "kerja bakti lingkungan"],
            ["Jadwal pengangkutan", "Jenis sampah yang diterima", "Hasil penjualan sampah", "Ajakan untuk warga"],
            ["botol plastik dan gelas plastik", "kardus dan kertas bekas", "kaleng dan besi tua", "minyak jelantah", "sisa makanan untuk kompos"]),
        new(["pendidikan", "pemuda", "karang-taruna", "olahraga"],
            ["Karang Taruna {desa} Gelar Turnamen Voli Antardusun", "Taman Baca {desa} Buka Setiap Sore untuk Anak-Anak",
             "Pendaftaran Lomba Agustusan Tingkat Desa {desa} Dibuka", "Beasiswa Pelajar Berprestasi dari Pemerintah Desa {desa}"],
            ["turnamen voli antardusun", "taman baca masyarakat", "lomba tujuh belasan", "beasiswa pelajar berprestasi", "kegiatan karang taruna"],
            ["Jadwal pertandingan", "Cara mendaftar", "Hadiah dan penghargaan", "Terima kasih kepada donatur"],
            ["formulir pendaftaran dari ketua RT", "fotokopi kartu pelajar", "surat izin orang tua", "seragam tim masing-masing", "uang pendaftaran sukarela"]),
        new(["budaya", "keagamaan", "agustusan", "pkk"],
            ["Bersih Desa dan Kenduri Adat di {desa} Berlangsung Meriah", "Jadwal Kegiatan Ramadan di Masjid dan Musala {desa}",
             "Kirab Budaya HUT RI di {desa} Diikuti {angka} Peserta", "Pengajian Akbar dan Santunan Anak Yatim di Dusun {dusun}"],
            ["bersih desa", "kenduri adat", "kirab budaya", "pengajian akbar", "santunan anak yatim", "pentas seni tradisional"],
            ["Susunan acara", "Peserta dan tamu undangan", "Makna tradisi", "Dokumentasi kegiatan"],
            ["kirab tumpeng dari balai desa", "pentas jaranan dan karawitan", "doa bersama di makam leluhur", "makan bersama di jalan desa", "lomba hias gapura antardusun"]),
        new(["peternakan", "perikanan", "pertanian"],
            ["Vaksinasi Ternak Gratis untuk Sapi dan Kambing Warga {desa}", "Kelompok Pembudidaya Ikan {desa} Panen Lele {angka} Kuintal",
             "Nelayan {desa} Diminta Waspada Gelombang Tinggi", "Pelatihan Pakan Fermentasi untuk Peternak Kambing {desa}"],
            ["vaksinasi ternak", "budidaya lele di kolam terpal", "pakan fermentasi", "kandang komunal", "peringatan gelombang tinggi"],
            ["Jadwal vaksinasi", "Hasil panen", "Cara membuat pakan", "Pesan dari petugas kesehatan hewan"],
            ["sapi dan kambing diikat di kandang", "kartu ternak dibawa saat vaksinasi", "kolam dikuras sebelum tebar benih", "pakan fermentasi disimpan di tempat kering", "perahu tidak melaut saat angin kencang"]),
        new(["administrasi-kependudukan", "pelayanan-publik"],
            ["Pelayanan KTP Elektronik Keliling Datang ke {desa}", "Jam Pelayanan Kantor Desa {desa} Selama Bulan {bulan}",
             "Cara Mengurus Akta Kelahiran Tanpa Calo di {desa}", "Perekaman KTP untuk Pemula di Balai Desa {desa}"],
            ["perekaman KTP elektronik", "pengurusan akta kelahiran", "jam pelayanan kantor desa", "surat keterangan domisili", "pembaruan kartu keluarga"],
            ["Syarat yang harus dibawa", "Jam pelayanan", "Biaya pengurusan", "Pelayanan untuk warga lansia"],
            ["fotokopi kartu keluarga", "surat keterangan lahir dari bidan", "KTP kedua orang tua", "buku nikah atau akta perkawinan", "pas foto terbaru bila diminta"]),
    ];
}
