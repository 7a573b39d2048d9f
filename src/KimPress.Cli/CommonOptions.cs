using System.CommandLine;

namespace KimPress.Cli;

/// <summary>Options every command shares (--source, --lang), and their checks.</summary>
internal static class CommonOptions
{
    /// <summary>--source: the site folder.</summary>
    public static readonly Option<string> Source = new("--source", "-s")
    {
        Description = "Folder situs (berisi site.yml dan content/). Bawaan: folder saat ini.",
        DefaultValueFactory = _ => ".",
    };

    /// <summary>--lang: the language of messages.</summary>
    public static readonly Option<string?> Language = new("--lang")
    {
        Description = "Bahasa pesan: id (bawaan: bahasa situs) atau en.",
    };

    /// <summary>The --lang value (null: the site's), or false after saying why it is not usable.</summary>
    public static bool TryLanguage(ParseResult parsed, out string? language)
    {
        language = parsed.GetValue(Language);
        if (language is null or "id" or "en")
        {
            return true;
        }

        Console.Error.WriteLine($"kimpress: --lang harus id atau en, bukan \"{language}\".");
        return false;
    }

    /// <summary>The --source folder, or false after saying that it does not exist.</summary>
    public static bool TrySource(ParseResult parsed, out string source)
    {
        source = parsed.GetValue(Source)!;
        if (Directory.Exists(source))
        {
            return true;
        }

        Console.Error.WriteLine($"kimpress: folder situs \"{source}\" tidak ada.");
        return false;
    }
}
