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
        ["title", "description", "base_url", "language", "timezone", "theme", "kabupaten", "logo", "diskominfo", "pagination", "clusters", "kecamatan", "limits", "embeds", "budget"];

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

        // A site.yml committed as a symbolic link to a file elsewhere is not read.
        if (!PathScope.LinkStaysInside(path, Path.GetFullPath(sourceDirectory)))
        {
            diagnostics.Report(DiagnosticCodes.LinkOutsideContent, new SourceLocation(FileName), FileName);
            return null;
        }

        var text = SourceText.Read(path, FileName, diagnostics);
        return text is null ? null : Parse(text, baseUrlOverride, diagnostics);
    }

    /// <summary>Validates site.yml's text. Returns null when there were errors.</summary>
    public static SiteSettings? Parse(string text, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.ErrorCount;
        var root = YamlSource.LoadMapping(text, FileName, 1, diagnostics, LimitSettings.Default.MaxNesting);
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
            Limits = ReadLimits(map),
            Embeds = ReadEmbeds(map, diagnostics),
            Budget = ReadBudget(map),
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
            "base_url", text, new Phrase("Tulis alamat lengkap yang diawali https://, misalnya https://kim.contohkab.go.id/", "Write the full address starting with https://, e.g. https://kim.contohkab.go.id/"));
        return null;
    }

    private static string ReadLanguage(YamlMap map, DiagnosticBag diagnostics)
    {
        var language = map.Text("language", example: "id") ?? "id";
        if (language is "id" or "en")
        {
            return language;
        }

        diagnostics.Report(DiagnosticCodes.InvalidValue, map.LocationOf("language"), "language", language, new Phrase("Pilih id (Bahasa Indonesia) atau en (English).", "Choose id (Bahasa Indonesia) or en (English)."));
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
            new Phrase("Pakai Asia/Jakarta (WIB), Asia/Makassar (WITA) atau Asia/Jayapura (WIT).", "Use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)."));
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

    private static LimitSettings ReadLimits(YamlMap map)
    {
        var section = map.Map("limits", ["max_file_kb", "max_line_chars", "max_nesting", "max_tags", "render_seconds"], example: "{ max_file_kb: 512 }");
        var defaults = LimitSettings.Default;
        return new LimitSettings(
            section?.Int("max_file_kb", 1, 64 * 1024) ?? defaults.MaxFileKb,
            section?.Int("max_line_chars", 80, 10_000_000) ?? defaults.MaxLineChars,
            section?.Int("max_nesting", 2, 1000) ?? defaults.MaxNesting,
            section?.Int("max_tags", 1, 10_000) ?? defaults.MaxTags,
            section?.Int("render_seconds", 1, 3600) ?? defaults.RenderSeconds);
    }

    private static BudgetSettings ReadBudget(YamlMap map)
    {
        var section = map.Map("budget", ["page_kb"], example: "{ page_kb: 30 }");
        return new BudgetSettings(section?.Int("page_kb", 1, 100_000) ?? BudgetSettings.Default.PageKb);
    }

    private static IReadOnlyList<string> ReadEmbeds(YamlMap map, DiagnosticBag diagnostics)
    {
        if (!map.Has("embeds"))
        {
            return PostProcessing.HtmlSanitizing.DefaultEmbedPrefixes;
        }

        var embeds = new List<string>();
        foreach (var (text, location) in map.TextList("embeds", maxItems: 100))
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == "https" && uri.AbsolutePath.Length > 1)
            {
                embeds.Add(text);
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.InvalidValue, location, "embeds", text,
                    new Phrase("Tulis awal alamat https:// lengkap dengan jalurnya, misalnya https://www.youtube.com/embed/", "Write the start of an https:// address with its path, e.g. https://www.youtube.com/embed/"));
            }
        }

        return embeds;
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
                        new Phrase("Kode desa Kemendagri terdiri dari 10 angka, tulis dalam tanda kutip, misalnya \"3514010001\".", "A Kemendagri village code is 10 digits, written in quotes, e.g. \"3514010001\"."));
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
