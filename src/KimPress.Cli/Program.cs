using System.CommandLine;
using KimPress.Cli;

// The kimpress command: a thin shell over KimPress.Build.SiteBuilder.
var root = new RootCommand("KimPress membangun situs statis blog KIM (Kelompok Informasi Masyarakat): satu blog per desa dan satu situs kabupaten.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(BuildCommand.CreateCheck());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(NewCommand.Create());

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors)
    {
        Console.Error.WriteLine($"kimpress: {error.Message}");
    }

    Console.Error.WriteLine("Lihat: kimpress --help");
    return ExitCodes.Usage;
}

try
{
    return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex)
{
    // Content can never cause this (the tests fuzz it); it is a bug in KimPress itself.
    Console.Error.WriteLine($"kimpress: kesalahan internal / internal error: {ex}");
    Console.Error.WriteLine("Mohon laporkan ke pengelola KimPress beserta pesan di atas. / Please report this with the message above.");
    return ExitCodes.Internal;
}
