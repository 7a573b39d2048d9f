using KimPress.Text;

namespace KimPress.Configuration;

/// <summary>The validated settings of a kabupaten site, from site.yml. Immutable, shared by every stage.</summary>
public sealed record SiteSettings
{
    /// <summary>The site's title.</summary>
    public required string Title { get; init; }

    /// <summary>One sentence about the site, for the home page and previews.</summary>
    public required string Description { get; init; }

    /// <summary>The absolute URL the site is published at, always ending in a slash.</summary>
    public required Uri BaseUrl { get; init; }

    /// <summary>The path part of <see cref="BaseUrl"/>, starting and ending with a slash ("/" or "/kim-contoh/").</summary>
    public string BasePath => BaseUrl.AbsolutePath;

    /// <summary>"id" (the default) or "en".</summary>
    public required string Language { get; init; }

    /// <summary>The kabupaten's time zone; post dates are local time in it.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    /// <summary>The theme's folder name under themes/.</summary>
    public required string Theme { get; init; }

    /// <summary>The kabupaten's name, e.g. "Kabupaten Contoh".</summary>
    public required string Kabupaten { get; init; }

    /// <summary>The kabupaten logo, relative to content/_kabupaten/, if any.</summary>
    public string? Logo { get; init; }

    /// <summary>The Diskominfo office that runs the site.</summary>
    public required DiskominfoSettings Diskominfo { get; init; }

    /// <summary>Posts per page on each kind of list.</summary>
    public required PaginationSettings Pagination { get; init; }

    /// <summary>The clusters, in site.yml order.</summary>
    public required IReadOnlyList<ClusterSettings> Clusters { get; init; }

    /// <summary>The kecamatan with all their desa, in site.yml order.</summary>
    public required IReadOnlyList<KecamatanSettings> Kecamatan { get; init; }

    /// <summary>Bounds on what one file may contain, so no input can make a build slow or huge.</summary>
    public LimitSettings Limits { get; init; } = LimitSettings.Default;

    /// <summary>Address prefixes whose iframes survive sanitising (e.g. YouTube embeds).</summary>
    public IReadOnlyList<string> Embeds { get; init; } = PostProcessing.HtmlSanitizing.DefaultEmbedPrefixes;

    /// <summary>How heavy a page may be before the build warns about it.</summary>
    public BudgetSettings Budget { get; init; } = BudgetSettings.Default;
}

/// <summary>Page-weight budget, from site.yml's <c>budget:</c> section.</summary>
/// <param name="PageKb">The most a page may weigh in KB (1,000 bytes): its HTML plus the stylesheet, uncompressed, images excluded.</param>
public sealed record BudgetSettings(int PageKb)
{
    /// <summary>30 KB: a page that loads quickly on a weak village connection.</summary>
    public static readonly BudgetSettings Default = new(PageKb: 30);

    /// <summary>The budget in bytes.</summary>
    public long PageBytes => PageKb * 1000L;
}

/// <summary>Limits on content, from site.yml's <c>limits:</c> section.</summary>
/// <param name="MaxFileKb">The largest Markdown or YAML file accepted, in KiB.</param>
/// <param name="MaxLineChars">The longest line accepted in a Markdown file.</param>
/// <param name="MaxNesting">The deepest nesting of lists, quotes or YAML structures.</param>
/// <param name="MaxTags">The most tags one post may have.</param>
/// <param name="RenderSeconds">How long rendering one file may take before it is given up.</param>
public sealed record LimitSettings(int MaxFileKb, int MaxLineChars, int MaxNesting, int MaxTags, int RenderSeconds)
{
    /// <summary>Generous for any real post, tight enough that no file can stall a build.</summary>
    public static readonly LimitSettings Default = new(MaxFileKb: 512, MaxLineChars: 20_000, MaxNesting: 32, MaxTags: 30, RenderSeconds: 10);
}

/// <summary>The Diskominfo office's contact details.</summary>
public sealed record DiskominfoSettings(string Name, string? Address, string? Email, string? Phone);

/// <summary>Posts per page: kabupaten home, KIM blog home, tag pages.</summary>
public sealed record PaginationSettings(int Home, int Kim, int Tag);

/// <summary>A cluster of KIMs as declared in site.yml.</summary>
public sealed record ClusterSettings(Slug Slug, string Name, string? Description);

/// <summary>A kecamatan and every desa/kelurahan in it.</summary>
public sealed record KecamatanSettings(Slug Slug, string Name, IReadOnlyList<DesaSettings> Desa);

/// <summary>A desa or kelurahan, with its optional 10-digit Kemendagri code.</summary>
public sealed record DesaSettings(string Name, string? Code);
