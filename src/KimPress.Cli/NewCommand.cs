using System.CommandLine;
using static KimPress.Cli.CommonOptions;
using KimPress.Diagnostics;
using KimPress.Scaffolding;

namespace KimPress.Cli;

/// <summary>kimpress new kim and kimpress new post: thin shells over KimPress.Scaffolding.</summary>
internal static class NewCommand
{
    private static readonly Argument<string> KimSlug = new("slug")
    {
        Description = "Nama folder KIM, yang menjadi alamat blognya: huruf kecil a-z, angka dan tanda hubung, misalnya kim-sukamaju.",
    };

    private static readonly Option<string?> Name = new("--name")
    {
        Description = "Nama KIM seperti di SK, misalnya \"KIM Sukamaju\". Bawaan: dibentuk dari slug.",
    };

    private static readonly Option<string?> Desa = new("--desa")
    {
        Description = "Desa/kelurahan KIM, seperti tertulis di site.yml. Kecamatannya diisi otomatis bila hanya satu.",
    };

    private static readonly Option<string?> Kecamatan = new("--kecamatan")
    {
        Description = "Kecamatan KIM: slug atau nama dari site.yml.",
    };

    private static readonly Option<string?> Cluster = new("--cluster")
    {
        Description = "Klaster KIM: slug atau nama dari site.yml. Diisi otomatis bila situs hanya punya satu klaster.",
    };

    private static readonly Option<string> Kim = new("--kim", "-k")
    {
        Description = "Nama folder KIM tempat tulisan dibuat, misalnya kim-sukamaju.",
        Required = true,
    };

    private static readonly Argument<string> Title = new("judul")
    {
        Description = "Judul tulisan, dalam tanda kutip. Nama file dan alamat tulisan dibentuk dari judul ini.",
    };

    private static readonly Option<string> Type = new("--type", "-t")
    {
        Description = "Jenis tulisan: berita (bawaan), pengumuman atau klarifikasi-hoaks.",
        DefaultValueFactory = _ => "berita",
    };

    private static readonly Option<string?> Author = new("--author")
    {
        Description = "Nama penulis.",
    };

    private static readonly Option<string?> Tags = new("--tags")
    {
        Description = "Tag, dipisah koma, misalnya \"kesehatan, posyandu\".",
    };

    private static readonly Option<string?> Summary = new("--summary")
    {
        Description = "Ringkasan satu-dua kalimat.",
    };

    private static readonly Option<bool> Bundle = new("--bundle")
    {
        Description = "Buat folder tulisan (…/index.md) agar foto bisa diletakkan di sampingnya.",
    };

    /// <summary>kimpress new, with its two subcommands.</summary>
    public static Command Create()
    {
        var kim = new Command("kim", "Buat folder KIM baru: content/<slug>/kim.yml (setiap isian dijelaskan) dan posts/.")
        {
            KimSlug, Name, Desa, Kecamatan, Cluster, Source, Language,
        };
        kim.SetAction(RunKim);

        var post = new Command("post", "Buat tulisan baru (draf) bertanggal hari ini, dengan kerangka yang mengajarkan cara menulisnya.")
        {
            Title, Kim, Type, Author, Tags, Summary, Bundle, Source, Language,
        };
        post.SetAction(RunPost);

        return new Command("new", "Buat kerangka KIM atau tulisan baru, tanpa menimpa file yang sudah ada.") { kim, post };
    }

    private static int RunKim(ParseResult parsed)
    {
        if (!TryLanguage(parsed, out var language))
        {
            return ExitCodes.Usage;
        }

        var result = KimScaffolder.Create(new KimRequest
        {
            SourceDirectory = parsed.GetValue(Source)!,
            Slug = parsed.GetValue(KimSlug)!,
            Name = parsed.GetValue(Name),
            Desa = parsed.GetValue(Desa),
            Kecamatan = parsed.GetValue(Kecamatan),
            Cluster = parsed.GetValue(Cluster),
        });
        var lang = language ?? result.Language;
        if (!Report(result, lang))
        {
            return result.ExitCode;
        }

        var en = lang == "en";
        var slug = parsed.GetValue(KimSlug)!.Trim();
        if (result.Unfilled.Count > 0)
        {
            Console.Out.WriteLine(en
                ? $"Still empty in kim.yml (required before the build passes): {string.Join(", ", result.Unfilled)}"
                : $"Masih kosong di kim.yml (wajib diisi agar build berhasil): {string.Join(", ", result.Unfilled)}");
        }

        Console.Out.WriteLine(en
            ? "Next: complete kim.yml (the notes inside explain each line), then write the first post:"
            : "Berikutnya: lengkapi kim.yml (catatan di dalamnya menjelaskan setiap baris), lalu tulis berita pertama:");
        Console.Out.WriteLine($"  kimpress new post --kim {slug} \"{(en ? "Post title" : "Judul Berita")}\"");
        return ExitCodes.Success;
    }

    private static int RunPost(ParseResult parsed)
    {
        if (!TryLanguage(parsed, out var language))
        {
            return ExitCodes.Usage;
        }

        var typeName = parsed.GetValue(Type)!;
        if (!PostScaffolder.TypeNames.TryGetValue(typeName, out var type))
        {
            Console.Error.WriteLine(language == "en"
                ? $"kimpress: --type must be one of {string.Join(", ", PostScaffolder.TypeNames.Keys)}, not \"{typeName}\"."
                : $"kimpress: --type harus salah satu dari {string.Join(", ", PostScaffolder.TypeNames.Keys)}, bukan \"{typeName}\".");
            return ExitCodes.Usage;
        }

        var result = PostScaffolder.Create(new PostRequest
        {
            SourceDirectory = parsed.GetValue(Source)!,
            Kim = parsed.GetValue(Kim)!,
            Title = parsed.GetValue(Title)!,
            Type = type,
            Author = parsed.GetValue(Author),
            Tags = parsed.GetValue(Tags)?.Split(',') ?? [],
            Summary = parsed.GetValue(Summary),
            Bundle = parsed.GetValue(Bundle),
        }, TimeProvider.System);
        var lang = language ?? result.Language;
        if (!Report(result, lang))
        {
            return result.ExitCode;
        }

        Console.Out.WriteLine(lang == "en"
            ? "It is a draft (draft: true): fill in each part, then change it to draft: false to publish."
            : "Tulisan ini masih draf (draft: true): isi setiap bagiannya, lalu ganti menjadi draft: false agar terbit.");
        Console.Out.WriteLine(lang == "en"
            ? "Preview it with: kimpress serve (drafts are shown there)"
            : "Lihat pratinjaunya dengan: kimpress serve (draf ikut tampil di sana)");
        return ExitCodes.Success;
    }

    /// <summary>Prints what was created, or the problems; false when nothing was created.</summary>
    private static bool Report(ScaffoldResult result, string lang)
    {
        DiagnosticPrinter.WriteText(Console.Error, result.Diagnostics, lang);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(lang == "en" ? "Nothing was created." : "Tidak ada file yang dibuat.");
            return false;
        }

        foreach (var path in result.Created)
        {
            Console.Out.WriteLine((lang == "en" ? "Created: " : "Dibuat: ") + path);
        }

        return true;
    }
}
