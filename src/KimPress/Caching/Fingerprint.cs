using System.IO.Hashing;

namespace KimPress.Caching;

/// <summary>
/// What the whole cache depends on: this very build of KimPress, site.yml, every theme and
/// layout file, and the base URL. When any of them changes, nothing cached is reused.
/// </summary>
public static class Fingerprint
{
    /// <summary>Bumped when the cache's format or meaning changes.</summary>
    private const string FormatVersion = "kimpress-cache-1";

    /// <summary>Computes the fingerprint for a build.</summary>
    public static string Compute(string siteRoot, Rendering.ThemeFiles theme, string? baseUrlOverride)
    {
        var hash = new XxHash128();
        void Add(string text) => hash.AppendField(text);

        Add(FormatVersion);
        Add(typeof(Fingerprint).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add(typeof(Fingerprint).Assembly.GetName().Version?.ToString() ?? "");
        Add(baseUrlOverride ?? "");
        var siteYml = Path.Combine(siteRoot, Configuration.SiteConfigLoader.FileName);
        hash.Append(File.Exists(siteYml) ? File.ReadAllBytes(siteYml) : []);
        foreach (var name in theme.Names)
        {
            Add(name);
            hash.Append(theme.ReadBytes(name) ?? []);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
