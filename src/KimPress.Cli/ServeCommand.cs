using System.CommandLine;
using System.Net;
using KimPress.Cli.Serving;

namespace KimPress.Cli;

/// <summary>kimpress serve.</summary>
internal static class ServeCommand
{
    private static readonly Option<string> Source = new("--source", "-s")
    {
        Description = "Folder situs (berisi site.yml dan content/). Bawaan: folder saat ini.",
        DefaultValueFactory = _ => ".",
    };

    private static readonly Option<int> Port = new("--port", "-p")
    {
        Description = "Port pratinjau. Bawaan: 8000. 0 memilih port yang kosong.",
        DefaultValueFactory = _ => 8000,
    };

    private static readonly Option<string> Host = new("--host")
    {
        Description = "Alamat yang didengarkan. Bawaan: 127.0.0.1 (hanya komputer ini). 0.0.0.0 membuka pratinjau untuk ponsel di jaringan yang sama.",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    private static readonly Option<string?> Language = new("--lang")
    {
        Description = "Bahasa pesan: id (bawaan: bahasa situs) atau en.",
    };

    private static readonly Option<bool> Timings = new("--timings")
    {
        Description = "Tampilkan lama setiap tahap setiap kali situs dibangun ulang.",
    };

    /// <summary>kimpress serve.</summary>
    public static Command Create()
    {
        var command = new Command("serve", "Pratinjau situs di browser: dibangun ulang dan dimuat ulang otomatis setiap kali berkas disimpan. Draf dan tulisan terjadwal ikut tampil.")
        {
            Source, Port, Host, Language, Timings,
        };
        command.SetAction((result, _) => RunAsync(result));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult result)
    {
        var language = result.GetValue(Language);
        if (language is not (null or "id" or "en"))
        {
            Console.Error.WriteLine($"kimpress: --lang harus id atau en, bukan \"{language}\".");
            return ExitCodes.Usage;
        }

        var port = result.GetValue(Port);
        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"kimpress: --port harus angka 0 sampai 65535, bukan {port}.");
            return ExitCodes.Usage;
        }

        var host = result.GetValue(Host)!;
        if (host != "localhost" && !IPAddress.TryParse(host, out _))
        {
            Console.Error.WriteLine($"kimpress: --host harus alamat IP seperti 127.0.0.1 atau 0.0.0.0 (atau localhost), bukan \"{host}\".");
            return ExitCodes.Usage;
        }

        var source = result.GetValue(Source)!;
        if (!Directory.Exists(source))
        {
            Console.Error.WriteLine($"kimpress: folder situs \"{source}\" tidak ada.");
            return ExitCodes.Usage;
        }

        return await PreviewServer.RunAsync(source, host, port, language, result.GetValue(Timings)).ConfigureAwait(false);
    }
}
