using System.Text;
using KimPress.Configuration;
using KimPress.Diagnostics;

namespace KimPress.Scaffolding;

/// <summary>The site a scaffold is written into: its settings and the file operations both commands share.</summary>
internal sealed class ScaffoldSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private ScaffoldSite(string root, SiteSettings settings)
    {
        Root = root;
        Settings = settings;
    }

    /// <summary>The site's folder.</summary>
    public string Root { get; }

    /// <summary>site.yml, validated.</summary>
    public SiteSettings Settings { get; }

    /// <summary>The content/ folder.</summary>
    public string ContentDirectory => Path.Combine(Root, "content");

    /// <summary>Reads site.yml from <paramref name="root"/>; null (with diagnostics) when it is missing or has errors.</summary>
    public static ScaffoldSite? Load(string root, DiagnosticBag diagnostics)
    {
        var settings = SiteConfigLoader.Load(root, null, diagnostics);
        return settings is null ? null : new ScaffoldSite(root, settings);
    }

    /// <summary>A path relative to the site folder, with forward slashes, as diagnostics show it.</summary>
    public string Display(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>
    /// Writes a new file; never replaces one (<see cref="FileMode.CreateNew"/>, so a file that
    /// appears between the check and the write is not overwritten either). A file that cannot be
    /// written is reported (KP0403), not thrown: false then.
    /// </summary>
    public bool TryWriteNew(string path, string text, DiagnosticBag diagnostics)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(Utf8.GetBytes(text.ReplaceLineEndings("\n")));
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCodes.IoError, new SourceLocation(Display(path)), ex.Message);
            return false;
        }
    }

    /// <summary>The result of a scaffold that stopped at the diagnostics so far.</summary>
    public static ScaffoldResult Failed(DiagnosticBag diagnostics, ScaffoldSite? site) => new()
    {
        Diagnostics = diagnostics.Sorted(),
        Language = site?.Settings.Language ?? "id",
        ConfigurationFailed = site is null,
    };
}
