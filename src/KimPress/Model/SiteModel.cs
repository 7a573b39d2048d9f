using KimPress.Configuration;
using KimPress.Content;

namespace KimPress.Model;

/// <summary>
/// The whole kabupaten, resolved and sorted: what every page is rendered from. Built once by
/// <see cref="SiteModelBuilder"/> and read-only afterwards.
/// </summary>
public sealed class SiteModel
{
    /// <summary>The validated site settings.</summary>
    public required SiteSettings Settings { get; init; }

    /// <summary>Clusters in site.yml order.</summary>
    public required IReadOnlyList<Cluster> Clusters { get; init; }

    /// <summary>Kecamatan in site.yml order.</summary>
    public required IReadOnlyList<Kecamatan> Kecamatan { get; init; }

    /// <summary>KIMs by name.</summary>
    public required IReadOnlyList<Kim> Kims { get; init; }

    /// <summary>Every published post, newest first.</summary>
    public required IReadOnlyList<Post> Posts { get; init; }

    /// <summary>Tags across all KIMs, by slug.</summary>
    public required IReadOnlyList<Tag> Tags { get; init; }

    /// <summary>The kabupaten site's own pages, by slug.</summary>
    public required IReadOnlyList<Page> Pages { get; init; }

    /// <summary>Files copied as they are.</summary>
    public required IReadOnlyList<AssetFile> Assets { get; init; }

    /// <summary>The kabupaten logo's URL path, if any.</summary>
    public string? LogoPath { get; init; }
}

/// <summary>A cluster of KIMs.</summary>
public sealed class Cluster(ClusterSettings settings)
{
    /// <summary>From site.yml.</summary>
    public ClusterSettings Settings { get; } = settings;

    /// <summary>Its KIMs, by name.</summary>
    public List<Kim> Kims { get; } = [];

    /// <summary>Its KIMs' posts, newest first.</summary>
    public List<Post> Posts { get; } = [];

    /// <summary>The page's URL path.</summary>
    public string Url => $"klaster/{Settings.Slug}/";
}

/// <summary>A kecamatan: its desa and their KIMs.</summary>
public sealed class Kecamatan(KecamatanSettings settings)
{
    /// <summary>From site.yml.</summary>
    public KecamatanSettings Settings { get; } = settings;

    /// <summary>Every desa, in site.yml order.</summary>
    public List<Desa> Desa { get; } = [];

    /// <summary>Posts of KIMs in this kecamatan, newest first.</summary>
    public List<Post> Posts { get; } = [];

    /// <summary>The page's URL path.</summary>
    public string Url => $"kecamatan/{Settings.Slug}/";

    /// <summary>How many desa have at least one KIM.</summary>
    public int CoveredDesa => Desa.Count(d => d.Kims.Count > 0);
}

/// <summary>A desa or kelurahan and the KIMs in it.</summary>
public sealed class Desa(DesaSettings settings, Kecamatan kecamatan)
{
    /// <summary>From site.yml.</summary>
    public DesaSettings Settings { get; } = settings;

    /// <summary>The kecamatan it belongs to.</summary>
    public Kecamatan Kecamatan { get; } = kecamatan;

    /// <summary>Its KIMs (usually none or one).</summary>
    public List<Kim> Kims { get; } = [];
}

/// <summary>A KIM and its blog.</summary>
public sealed class Kim
{
    /// <summary>The folder name.</summary>
    public required string Slug { get; init; }

    /// <summary>kim.yml's contents.</summary>
    public required KimProfile Profile { get; init; }

    /// <summary>The desa it serves.</summary>
    public required Desa Desa { get; init; }

    /// <summary>Its cluster.</summary>
    public required Cluster Cluster { get; init; }

    /// <summary>Its published posts, newest first.</summary>
    public List<Post> Posts { get; } = [];

    /// <summary>Its static pages, by slug.</summary>
    public List<Page> Pages { get; } = [];

    /// <summary>Its tags (posts of this KIM only), by slug.</summary>
    public List<Tag> Tags { get; } = [];

    /// <summary>The blog home's URL path.</summary>
    public string Url => $"{Slug}/";

    /// <summary>The profile page's URL path.</summary>
    public string ProfileUrl => $"{Slug}/tentang/";

    /// <summary>The newest post, if any.</summary>
    public Post? LastPost => Posts.Count > 0 ? Posts[0] : null;
}

/// <summary>A published post.</summary>
public sealed class Post
{
    /// <summary>The KIM that wrote it.</summary>
    public required Kim Kim { get; init; }

    /// <summary>What was read from its file.</summary>
    public required PostDocument Document { get; init; }

    /// <summary>When it was published, in the site's time zone.</summary>
    public required DateTimeOffset Date { get; init; }

    /// <summary>Whether the date was written with a time.</summary>
    public required bool HasTime { get; init; }

    /// <summary>When it was last updated, if given.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Its tags across the whole site.</summary>
    public List<Tag> Tags { get; } = [];

    /// <summary>True when it is a draft (shown only with --drafts).</summary>
    public bool IsDraft => Document.Draft;

    /// <summary>True when its date was still in the future at build time (shown only with --future).</summary>
    public required bool IsFuture { get; init; }

    /// <summary>The post's one canonical URL path.</summary>
    public string Url => $"{Kim.Slug}/{Document.Slug}/";

    /// <summary>The summary, or the start of the body when none was written.</summary>
    public string Summary => Document.Summary ?? Truncate(Document.Excerpt, 200);

    private static string Truncate(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > length / 2 ? cut : length), "…");
    }
}

/// <summary>A tag and its posts, either across the site or within one KIM.</summary>
public sealed class Tag(string slug, string name)
{
    /// <summary>The URL-safe name.</summary>
    public string Slug { get; } = slug;

    /// <summary>The name as first written.</summary>
    public string Name { get; } = name;

    /// <summary>Its posts, newest first.</summary>
    public List<Post> Posts { get; } = [];
}

/// <summary>A static page of a KIM or of the kabupaten site.</summary>
/// <param name="Kim">The KIM it belongs to, or null for the kabupaten site.</param>
/// <param name="Document">What was read from its file.</param>
public sealed record Page(Kim? Kim, PostDocument Document)
{
    /// <summary>The page's URL path.</summary>
    public string Url => Kim is null ? $"{Document.Slug}/" : $"{Kim.Slug}/{Document.Slug}/";
}
