using System.Reflection;

namespace KimPress.Rendering;

/// <summary>
/// The files of a theme, read through one abstraction: a site's <c>layouts/</c> folder first,
/// then <c>themes/&lt;name&gt;/</c>, then (for "default") the copy built into KimPress. Names
/// are relative with forward slashes ("layouts/post.html", "assets/style.css"); templates
/// reach files only through here, never the file system directly.
/// </summary>
public sealed class ThemeFiles
{
    private readonly Dictionary<string, Func<byte[]>> _files = new(StringComparer.Ordinal);

    private ThemeFiles()
    {
    }

    /// <summary>True when the theme was found (on disk or built in).</summary>
    public bool Found { get; private set; }

    /// <summary>Every file name, sorted.</summary>
    public IEnumerable<string> Names => _files.Keys.Order(StringComparer.Ordinal);

    /// <summary>Layers the theme <paramref name="name"/> for the site at <paramref name="siteRoot"/>.</summary>
    public static ThemeFiles Load(string siteRoot, string name)
    {
        var files = new ThemeFiles();
        if (name == "default")
        {
            files.AddEmbedded();
        }

        var themeDirectory = Path.Combine(siteRoot, "themes", name);
        if (Directory.Exists(themeDirectory))
        {
            files.AddDirectory(themeDirectory, "");
            files.Found = true;
        }

        var layouts = Path.Combine(siteRoot, "layouts");
        if (Directory.Exists(layouts))
        {
            files.AddDirectory(layouts, "layouts/");
        }

        return files;
    }

    /// <summary>The file's text, or null when the theme has no such file.</summary>
    public string? ReadText(string name) =>
        _files.TryGetValue(name, out var read) ? System.Text.Encoding.UTF8.GetString(read()).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal) : null;

    /// <summary>The file's bytes, or null when the theme has no such file.</summary>
    public byte[]? ReadBytes(string name) => _files.TryGetValue(name, out var read) ? read() : null;

    private void AddEmbedded()
    {
        var assembly = typeof(ThemeFiles).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var normalized = resource.Replace('\\', '/');
            if (normalized.StartsWith("theme/", StringComparison.Ordinal))
            {
                var name = resource;
                _files[normalized["theme/".Length..]] = () => ReadResource(assembly, name);
                Found = true;
            }
        }
    }

    private void AddDirectory(string directory, string prefix)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, file).Replace(Path.DirectorySeparatorChar, '/');
            if (relative.Split('/').Any(part => part.StartsWith('.')))
            {
                continue;
            }

            var path = file;
            _files[prefix + relative] = () => File.ReadAllBytes(path);
        }
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
