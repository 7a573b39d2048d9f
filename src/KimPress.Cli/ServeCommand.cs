using System.CommandLine;
using static KimPress.Cli.CommonOptions;
using System.Net;
using KimPress.Cli.Serving;

namespace KimPress.Cli;

/// <summary>kimpress serve.</summary>
internal static class ServeCommand
{
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
        if (!TryLanguage(result, out var language))
        {
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

        if (!TrySource(result, out var source))
        {
            return ExitCodes.Usage;
        }

        return await PreviewServer.RunAsync(source, host, port, language, result.GetValue(Timings)).ConfigureAwait(false);
    }
}
