using KimPress.Content;
using KimPress.Diagnostics;
using KimPress.Text;
using KimPress.Yaml;

namespace KimPress.Configuration;

/// <summary>
/// Reads site.yml and validates it into <see cref="SiteSettings"/>. Unknown keys, wrong
/// shapes and bad values are all reported, with positions, before anything else runs.
/// </summary>
public static class SiteConfigLoader
{
    /// <summary>The file name of the site configuration.</summary>
    public const string FileName = "site.yml";

    private static readonly string[] RootKeys =
        ["title", "description", "base_url", "language", "timezone", "theme", "kabupaten", "logo", "diskominfo", "pagination", "clusters", "kecamatan"];

    /// <summary>
    /// Loads <c>site.yml</c> from <paramref name="sourceDirectory"/>. Returns null when it is
    /// missing or has errors (reported into <paramref name="diagnostics"/>).
    /// </summary>
    /// <param name="sourceDirectory">The site's root folder.</param>
    /// <param name="baseUrlOverride">A base URL that replaces site.yml's (e.g. from --base-url).</param>
    /// <param name="diagnostics">Where problems are reported.</param>
    public static SiteSettings? Load(string sourceDirectory, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(sourceDirectory, FileName);
        if (!File.Exists(path))
        {
            diagnostics.Report(DiagnosticCodes.SiteConfigMissing, new SourceLocation(FileName), Path.GetFullPath(sourceDirectory));
            return null;
        }

        var text = SourceText.Read(path, FileName, diagnostics);
        return text is null ? null : Parse(text, baseUrlOverride, diagnostics);
    }

    /// <summary>Validates site.yml's text. Returns null when there were errors.</summary>
    public static SiteSettings? Parse(string text, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var root = YamlSource.LoadMapping(text, FileName, 1, diagnostics);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, FileName, 1, diagnostics, RootKeys);
        var title = map.Text("title", required: true, example: "Portal KIM Kabupaten Contoh");
        var baseUrl = ReadBaseUrl(map, baseUrlOverride, diagnostics);
        var settings = new SiteSettings
        {
            Title = title ?? "",
            Description = map.Text("description") ?? "",
            BaseUrl = baseUrl ?? new Uri("https://example.invalid/"),
            Language = ReadLanguage(map, diagnostics),
            TimeZone = ReadTimeZone(map, diagnostics),
            Theme = ReadTheme(map, diagnostics),
            Kabupaten = map.Text("kabupaten", required: true, example: "Kabupaten Contoh") ?? "",
            Logo = map.Text("logo", example: "logo.png"),
            Diskominfo = ReadDiskominfo(map),
            Pagination = ReadPagination(map),
            Clusters = ReadClusters(map, diagnostics),
            Kecamatan = ReadKecamatan(map, diagnostics),
        };

        var errorsAfter = diagnostics.ErrorCount;
        return errorsAfter > errorsBefore ? null : settings;
    }

    private static Uri? ReadBaseUrl(YamlMap map, string? overrideValue, DiagnosticBag diagnostics)
    {
        var text = overrideValue ?? map.Text("base_url", required: true, example: "https://kim.contohkab.go.id/");
        if (text is null)
        {
            return null;
        }

        if (!text.EndsWith('/'))
        {
            text += "/";
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment))
        {
            return uri;
        }

        diagnostics.Report(DiagnosticCodes.InvalidValue, overrideValue is null ? map.LocationOf("base_url") : new SourceLocation("--base-url"),
            "base_url", text, "Tulis alamat lengkap yang diawali https://, misalnya https://kim.contohkab.go.id/");
        return null;
    }

    private static string ReadLanguage(YamlMap map, DiagnosticBag diagnostics)
    {
        var language = map.Text("language", example: "id") ?? "id";
        if (language is "id" or "en")
        {
            return language;
        }

        diagnostics.Report(DiagnosticCodes.InvalidValue, map.LocationOf("language"), "language", language, "Pilih id (Bahasa Indonesia) atau en (English).");
        return "id";
    }

    private static TimeZoneInfo ReadTimeZone(YamlMap map, DiagnosticBag diagnostics)
    {
        var name = map.Text("timezone", example: "Asia/Jakarta") ?? "Asia/Jakarta";
        var zone = TimeZones.Find(name);
        if (zone is not null)
        {
            return zone;
        }

        diagnostics.Report(DiagnosticCodes.InvalidValue, map.LocationOf("timezone"), "timezone", name,
            "Pakai Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).");
        return TimeZones.Find("Asia/Jakarta")!;
    }

    private static string ReadTheme(YamlMap map, DiagnosticBag diagnostics)
    {
        var theme = map.Text("theme", example: "default") ?? "default";
        if (Slug.IsValid(theme))
        {
            return theme;
        }

        diagnostics.Report(DiagnosticCodes.InvalidSlug, map.LocationOf("theme"), theme, Slug.Slugify(theme));
        return "default";
    }

    private static DiskominfoSettings ReadDiskominfo(YamlMap map)
    {
        var section = map.Map("diskominfo", ["name", "address", "email", "phone"], required: true, example: "{ name: Diskominfo Kabupaten Contoh }");
        return new DiskominfoSettings(
            section?.Text("name", required: true) ?? "",
            section?.Text("address"),
            section?.Text("email"),
            section?.Text("phone"));
    }

    private static PaginationSettings ReadPagination(YamlMap map)
    {
        var section = map.Map("pagination", ["home", "kim", "tag"], example: "{ home: 20, kim: 10, tag: 20 }");
        return new PaginationSettings(
            section?.Int("home", 1, 500) ?? 20,
            section?.Int("kim", 1, 500) ?? 10,
            section?.Int("tag", 1, 500) ?? 20);
    }

    private static List<ClusterSettings> ReadClusters(YamlMap map, DiagnosticBag diagnostics)
    {
        var clusters = new List<ClusterSettings>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in map.MapList("clusters", ["slug", "name", "description"], "{ slug: klaster-utara, name: Klaster Utara }"))
        {
            var slug = ReadSlug(item, seen, diagnostics);
            var name = item.Text("name", required: true, example: "Klaster Utara");
            if (slug is { } s && name is not null)
            {
                clusters.Add(new ClusterSettings(s, name, item.Text("description")));
            }
        }

        return clusters;
    }

    private static List<KecamatanSettings> ReadKecamatan(YamlMap map, DiagnosticBag diagnostics)
    {
        var result = new List<KecamatanSettings>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in map.MapList("kecamatan", ["slug", "name", "desa"], "{ slug: bangil, name: Bangil, desa: [ ... ] }"))
        {
            var slug = ReadSlug(item, seen, diagnostics);
            var name = item.Text("name", required: true, example: "Bangil");
            var desa = new List<DesaSettings>();
            var desaNames = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in item.MapList("desa", ["name", "code"], "{ name: Kalianyar, code: \"3514010001\" }"))
            {
                var desaName = entry.Text("name", required: true, example: "Kalianyar");
                var code = entry.Text("code", example: "\"3514010001\"");
                if (code is not null && (code.Length != 10 || !code.All(char.IsAsciiDigit)))
                {
                    diagnostics.Report(DiagnosticCodes.InvalidValue, entry.LocationOf("code"), "code", code,
                        "Kode desa Kemendagri terdiri dari 10 angka, tulis dalam tanda kutip, misalnya \"3514010001\".");
                }

                if (desaName is null)
                {
                    continue;
                }

                if (!desaNames.TryAdd(desaName, entry.LocationOf("name")))
                {
                    diagnostics.Report(DiagnosticCodes.DuplicateSlug, entry.LocationOf("name"), desaName, desaNames[desaName].Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    continue;
                }

                desa.Add(new DesaSettings(desaName, code));
            }

            if (slug is { } s && name is not null)
            {
                result.Add(new KecamatanSettings(s, name, desa));
            }
        }

        return result;
    }

    private static Slug? ReadSlug(YamlMap item, Dictionary<string, SourceLocation> seen, DiagnosticBag diagnostics)
    {
        var text = item.Text("slug", required: true, example: "klaster-utara");
        if (text is null)
        {
            return null;
        }

        if (!Slug.TryCreate(text, out var slug))
        {
            diagnostics.Report(DiagnosticCodes.InvalidSlug, item.LocationOf("slug"), text, Slug.Slugify(text));
            return null;
        }

        if (!seen.TryAdd(text, item.LocationOf("slug")))
        {
            diagnostics.Report(DiagnosticCodes.DuplicateSlug, item.LocationOf("slug"), text, seen[text].Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        return slug;
    }
}
