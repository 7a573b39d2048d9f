using System.CommandLine;
using static KimPress.Cli.CommonOptions;
using System.Globalization;
using KimPress.Build;
using KimPress.Diagnostics;

namespace KimPress.Cli;

/// <summary>kimpress build and kimpress check.</summary>
internal static class BuildCommand
{
    private static readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Folder hasil. Bawaan: public/ di dalam folder situs. Isinya diganti setiap build.",
    };

    private static readonly Option<string?> BaseUrl = new("--base-url")
    {
        Description = "Alamat situs yang menggantikan base_url di site.yml, misalnya https://contoh.github.io/kim/.",
    };

    private static readonly Option<bool> Drafts = new("--drafts")
    {
        Description = "Ikut terbitkan tulisan draf (draft: true).",
    };

    private static readonly Option<bool> Future = new("--future")
    {
        Description = "Ikut terbitkan tulisan bertanggal di masa depan (menurut zona waktu site.yml).",
    };

    private static readonly Option<bool> Serial = new("--serial")
    {
        Description = "Kerjakan semua tahap di satu thread (untuk mencari masalah; hasilnya sama persis).",
    };

    private static readonly Option<bool> Timings = new("--timings")
    {
        Description = "Tampilkan lama setiap tahap build.",
    };

    private static readonly Option<bool> Strict = new("--strict")
    {
        Description = "Anggap peringatan sebagai kesalahan (build gagal bila ada peringatan).",
    };

    private static readonly Option<bool> SkipInvalid = new("--skip-invalid")
    {
        Description = "Lewati tulisan (atau KIM) yang salah, terbitkan sisanya, dan laporkan apa yang dilewati.",
    };

    private static readonly Option<string> Format = new("--format")
    {
        Description = "Format pesan kesalahan: text (bawaan) atau json (untuk anotasi CI).",
        DefaultValueFactory = _ => "text",
    };

    /// <summary>kimpress build.</summary>
    public static Command Create()
    {
        var command = new Command("build", "Bangun seluruh situs: blog setiap KIM dan situs kabupaten, ke folder public/.")
        {
            Source, Output, BaseUrl, Drafts, Future, Strict, SkipInvalid, Serial, Timings, Language, Format,
        };
        command.SetAction(result => Run(result, checkOnly: false));
        return command;
    }

    /// <summary>kimpress check.</summary>
    public static Command CreateCheck()
    {
        var command = new Command("check", "Periksa semua konten tanpa menulis apa pun. Keluar 0 bila tidak ada kesalahan.")
        {
            Source, BaseUrl, Drafts, Future, Strict, Serial, Timings, Language, Format,
        };
        command.SetAction(result => Run(result, checkOnly: true));
        return command;
    }

    private static int Run(ParseResult result, bool checkOnly)
    {
        if (!TryLanguage(result, out var language))
        {
            return ExitCodes.Usage;
        }

        var format = result.GetValue(Format);
        if (format is not ("text" or "json"))
        {
            Console.Error.WriteLine($"kimpress: --format harus text atau json, bukan \"{format}\".");
            return ExitCodes.Usage;
        }

        if (!TrySource(result, out var source))
        {
            return ExitCodes.Usage;
        }

        var options = new BuildOptions
        {
            SourceDirectory = source,
            OutputDirectory = checkOnly ? null : result.GetValue(Output),
            BaseUrl = result.GetValue(BaseUrl),
            IncludeDrafts = result.GetValue(Drafts),
            IncludeFuture = result.GetValue(Future),
            Serial = result.GetValue(Serial),
            CheckOnly = checkOnly,
            Strict = result.GetValue(Strict),
            SkipInvalid = !checkOnly && result.GetValue(SkipInvalid),
        };

        var build = SiteBuilder.Build(options);
        var lang = language ?? build.Language;
        if (format == "json")
        {
            DiagnosticPrinter.WriteJson(Console.Out, build.Diagnostics, lang);
        }
        else
        {
            DiagnosticPrinter.WriteText(Console.Error, build.Diagnostics, lang);
        }

        if (result.GetValue(Timings))
        {
            foreach (var stage in build.Timings)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {stage.Stage,-14} {stage.Elapsed.TotalMilliseconds,9:F1} ms   (allocated {stage.Allocated / 1048576.0,7:F0} MiB, GC paused {stage.GcPause.TotalMilliseconds,6:F0} ms)"));
            }

            if (build.PageKinds.Count > 0)
            {
                Console.Error.WriteLine("  render+write by kind of page (time summed over threads):");
                foreach (var kind in build.PageKinds.OrderByDescending(k => k.Elapsed))
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"    {kind.Kind,-10} {kind.Pages,7} pages {kind.Elapsed.TotalMilliseconds,9:F0} ms   ({kind.Elapsed.TotalMicroseconds / Math.Max(1, kind.Pages),5:F0} µs per page)"));
                }
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  (read {build.SourcesRead} post and page files; the others had the same size, times and inode as at the last build)"));
            Console.Error.WriteLine(build.TemplatesCompiled
                ? string.Create(CultureInfo.InvariantCulture, $"  (templates compiled; {build.PagesLeftToScriban} pages and {build.PartialsLeftToScriban} cached partials left to Scriban)")
                : $"  (templates interpreted by Scriban: {build.TemplatesNotCompiledBecause})");

            // The runtime's own share, to tell our code from garbage collection and the JIT.
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  (runtime: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} collections of gen 0/1/2, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms, allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MiB; JIT {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)"));
        }

        if (build.LeftOut.Count > 0)
        {
            Console.Error.WriteLine(lang == "en" ? "Left out (not published):" : "Dilewati (tidak diterbitkan):");
            foreach (var path in build.LeftOut)
            {
                var first = build.Diagnostics.First(d => d.Location.Path == path && d.Severity == Severity.Error);
                var whole = path.EndsWith("/kim.yml", StringComparison.Ordinal)
                    ? (lang == "en" ? " (the whole KIM)" : " (seluruh KIM ini)")
                    : "";
                Console.Error.WriteLine($"  {path}{whole}: {first.Code} {first.Message(lang)}");
            }
        }

        var seconds = build.Timings.Sum(t => t.Elapsed.TotalSeconds);
        var errors = build.Diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = build.Diagnostics.Count - errors;
        if (!build.Succeeded)
        {
            Console.Error.WriteLine(lang == "en"
                ? $"Failed: {errors} errors, {warnings} warnings. Nothing was published."
                : $"Gagal: {errors} kesalahan, {warnings} peringatan. Tidak ada yang diterbitkan.");
            return build.ExitCode;
        }

        var summary = checkOnly
            ? (lang == "en"
                ? $"Checked: {build.KimCount} KIMs, {build.PostCount} posts, {warnings} warnings, in {seconds:F2} s."
                : $"Diperiksa: {build.KimCount} KIM, {build.PostCount} tulisan, {warnings} peringatan, dalam {seconds:F2} detik.")
            : (lang == "en"
                ? $"Built: {build.KimCount} KIMs, {build.PostCount} posts, {build.PagesWritten} pages ({build.FilesWritten} files), {warnings} warnings, in {seconds:F2} s → {build.OutputDirectory}"
                : $"Selesai: {build.KimCount} KIM, {build.PostCount} tulisan, {build.PagesWritten} halaman ({build.FilesWritten} file), {warnings} peringatan, dalam {seconds:F2} detik → {build.OutputDirectory}");
        // With --format json, stdout carries only the JSON; the summary goes to stderr.
        (format == "json" ? Console.Error : Console.Out).WriteLine(summary);
        return ExitCodes.Success;
    }
}
