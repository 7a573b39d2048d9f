using AngleSharp;
using AngleSharp.Dom;
using KimPress.Build;
using KimPress.Output;

namespace KimPress.Tests.Support;

/// <summary>
/// A site declared inline: files as path → text, written to a fresh temporary folder, built
/// into memory. Start from <see cref="Basic"/> and add or replace files.
/// </summary>
public sealed class MiniSite : IDisposable
{
    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

    public MiniSite(IReadOnlyDictionary<string, string>? files = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "kimpress-test-" + Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in files ?? new Dictionary<string, string>())
        {
            _files[path] = text;
        }
    }

    /// <summary>The folder the site is written to.</summary>
    public string Root { get; }

    /// <summary>The build's "now": 2024-06-01 10:00 WIB, so tests do not depend on the clock.</summary>
    public static readonly DateTimeOffset Now = new(2024, 6, 1, 3, 0, 0, TimeSpan.Zero);

    /// <summary>A small valid kabupaten: two clusters, two kecamatan, two KIMs, three posts.</summary>
    public static MiniSite Basic() => new(new Dictionary<string, string>
    {
        ["site.yml"] = SiteYml,
        ["content/kim-sukamaju/kim.yml"] = """
            name: KIM Sukamaju
            desa: Kalianyar
            kecamatan: bangil
            cluster: klaster-utara
            established: 2022-12-13
            sk: { number: "188/45/424.013/2022", date: 2022-12-01, issuer: Kepala Desa Kalianyar }
            members:
              - { name: Siti Aminah, role: Ketua }
              - { name: Budi Santoso, role: Sekretaris }
            contact: { email: sukamaju@example.id, whatsapp: "081234567890" }
            social: { facebook: https://www.facebook.com/kimsukamaju }
            description: KIM Sukamaju mengabarkan kegiatan Desa Kalianyar.
            """,
        ["content/kim-sukamaju/posts/2024-03-01-posyandu-aktif.md"] = """
            ---
            title: Posyandu Balita Kalianyar Kembali Aktif
            date: 2024-03-01 08:30
            author: Siti Aminah
            tags: [kesehatan, posyandu]
            category: berita
            summary: Posyandu di Dusun Krajan kembali melayani balita setiap Jumat.
            ---
            Kader posyandu kembali **menimbang** balita.

            ## Jadwal

            | Hari | Tempat |
            | --- | --- |
            | Jumat | Balai dusun |
            """,
        ["content/kim-sukamaju/posts/2024-04-10-kerja-bakti.md"] = """
            ---
            title: Kerja Bakti Membersihkan Saluran
            date: 2024-04-10
            author: Budi Santoso
            tags: [lingkungan]
            category: kegiatan-kim
            summary: Warga membersihkan saluran air menjelang musim hujan.
            ---
            Warga RT 02 bergotong royong.
            """,
        ["content/kim-mekarsari/kim.yml"] = """
            name: KIM Mekar Sari
            desa: Kersikan
            kecamatan: bangil
            cluster: klaster-selatan
            """,
        ["content/kim-mekarsari/posts/2024-05-05-pasar-desa.md"] = """
            ---
            title: Pasar Desa Kersikan Ramai Pembeli
            date: 2024-05-05 07:00
            tags: [umkm, kesehatan]
            summary: Pasar desa kembali ramai.
            ---
            Pedagang sayur dan jajanan pasar berjualan sejak subuh.
            """,
    });

    /// <summary>The basic site.yml.</summary>
    public const string SiteYml = """
        title: Portal KIM Kabupaten Contoh
        description: Kabar dari KIM se-Kabupaten Contoh
        base_url: https://kim.contohkab.go.id/
        language: id
        timezone: Asia/Jakarta
        theme: default
        kabupaten: Kabupaten Contoh
        diskominfo: { name: Diskominfo Kabupaten Contoh, address: Jl. Raya 1, email: kominfo@contohkab.go.id, phone: "(0343) 123" }
        pagination: { home: 20, kim: 10, tag: 20 }
        clusters:
          - slug: klaster-utara
            name: Klaster Utara
            description: KIM di pesisir utara kabupaten.
          - slug: klaster-selatan
            name: Klaster Selatan
        kecamatan:
          - slug: bangil
            name: Bangil
            desa:
              - { name: Kalianyar, code: "3514010001" }
              - { name: Kersikan }
              - { name: Kolursari }
          - slug: beji
            name: Beji
            desa:
              - { name: Gununggangsir }
        """;

    /// <summary>Adds or replaces a file.</summary>
    public MiniSite With(string path, string text)
    {
        _files[path] = text;
        return this;
    }

    /// <summary>Adds or replaces a binary file.</summary>
    public MiniSite WithBytes(string path, byte[] bytes)
    {
        _binary[path] = bytes;
        return this;
    }

    private readonly Dictionary<string, byte[]> _binary = new(StringComparer.Ordinal);

    /// <summary>Removes a file.</summary>
    public MiniSite Without(string path)
    {
        _files.Remove(path);
        return this;
    }

    /// <summary>Writes the files to <see cref="Root"/>.</summary>
    public MiniSite Materialize()
    {
        foreach (var (path, text) in _files)
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }

        foreach (var (path, bytes) in _binary)
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        return this;
    }

    /// <summary>Builds into memory.</summary>
    public BuiltSite Build(Func<BuildOptions, BuildOptions>? configure = null)
    {
        Materialize();
        var output = new MemoryOutput();
        var options = new BuildOptions { SourceDirectory = Root, Output = output, Now = Now };
        options = configure?.Invoke(options) ?? options;
        return new BuiltSite(SiteBuilder.Build(options), output);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}

/// <summary>The result of a <see cref="MiniSite"/> build, with helpers to look at pages.</summary>
public sealed record BuiltSite(BuildResult Result, MemoryOutput Output)
{
    /// <summary>The text of an output file; fails the test when it does not exist.</summary>
    public string Text(string path)
    {
        var text = Output.ReadText(path);
        Assert.True(text is not null, $"No output file {path}. Files: {string.Join(", ", Output.Files.Keys.Order().Take(60))}\nDiagnostics:\n{string.Join("\n", Result.Diagnostics)}");
        return text!;
    }

    /// <summary>An output page parsed with AngleSharp.</summary>
    public IDocument Page(string path)
    {
        var context = BrowsingContext.New(AngleSharp.Configuration.Default);
        return context.OpenAsync(r => r.Content(Text(path))).GetAwaiter().GetResult();
    }

    /// <summary>True when the file was written.</summary>
    public bool Has(string path) => Output.Files.ContainsKey(path);

    /// <summary>Diagnostics as "code path:line:col" lines, for exact assertions.</summary>
    public IReadOnlyList<string> Codes => [.. Result.Diagnostics.Select(d => $"{d.Code} {d.Location}")];

    /// <summary>Asserts the build succeeded, showing the diagnostics when it did not.</summary>
    public BuiltSite AssertSucceeded()
    {
        Assert.True(Result.Succeeded, "Build failed:\n" + string.Join("\n", Result.Diagnostics));
        return this;
    }
}
