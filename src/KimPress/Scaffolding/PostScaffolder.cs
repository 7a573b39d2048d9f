using System.Globalization;
using System.Text.RegularExpressions;
using KimPress.Content;
using KimPress.Diagnostics;
using KimPress.Text;

namespace KimPress.Scaffolding;

/// <summary>The kinds of post <c>kimpress new post --type</c> can start.</summary>
public enum PostType
{
    /// <summary>A news report: the 5W+1H skeleton (category berita).</summary>
    Berita,

    /// <summary>An announcement: what, when and where, who for, what to bring, whom to ask.</summary>
    Pengumuman,

    /// <summary>A hoax clarification: label, narasi, sumber, penjelasan, referensi.</summary>
    KlarifikasiHoaks,
}

/// <summary>What <c>kimpress new post</c> was asked for.</summary>
public sealed record PostRequest
{
    /// <summary>The site's folder (with site.yml and content/).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>The KIM's folder name.</summary>
    public required string Kim { get; init; }

    /// <summary>The post's title, as the member typed it.</summary>
    public required string Title { get; init; }

    /// <summary>Which skeleton to start from.</summary>
    public PostType Type { get; init; } = PostType.Berita;

    /// <summary>The author, if given.</summary>
    public string? Author { get; init; }

    /// <summary>Tags, if given.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The summary, if given.</summary>
    public string? Summary { get; init; }

    /// <summary>Create a bundle folder (<c>…/index.md</c>) instead of a single file.</summary>
    public bool Bundle { get; init; }
}

/// <summary>
/// <c>kimpress new post</c>: a dated draft post in the KIM's posts/ folder, front matter filled
/// in (slug from the title, date and time now in the site's time zone), body a skeleton that
/// teaches the chosen kind of post. Nothing that exists is ever replaced, and a title whose
/// address another post or page already has is refused before the build would refuse it.
/// </summary>
public static partial class PostScaffolder
{
    /// <summary>Addresses under /&lt;kim&gt;/ that the site itself uses (or copies files to).</summary>
    public static readonly IReadOnlyList<string> ReservedPostSlugs = ["tag", "page", "tentang", "posts", "pages", "feed"];

    /// <summary>The longest slug a title becomes; longer ones are cut at a word.</summary>
    public const int MaxSlugLength = 60;

    /// <summary>The names of the types, as --type takes them.</summary>
    public static readonly IReadOnlyDictionary<string, PostType> TypeNames = new Dictionary<string, PostType>(StringComparer.Ordinal)
    {
        ["berita"] = PostType.Berita,
        ["pengumuman"] = PostType.Pengumuman,
        [PostReader.HoaxCategory] = PostType.KlarifikasiHoaks,
    };

    /// <summary>Creates the post, or reports why not (and writes nothing). "Now" comes from <paramref name="clock"/>.</summary>
    public static ScaffoldResult Create(PostRequest request, TimeProvider clock)
    {
        var diagnostics = new DiagnosticBag();
        var site = ScaffoldSite.Load(request.SourceDirectory, diagnostics);
        if (site is null)
        {
            return ScaffoldSite.Failed(diagnostics, site);
        }

        // A folder path typed with tab completion ("content/kim-a/") names the same KIM.
        var kim = request.Kim.Trim().TrimEnd('/', '\\');
        kim = kim.StartsWith("content/", StringComparison.Ordinal) ? kim["content/".Length..] : kim;
        var kimDirectory = Path.Combine(site.ContentDirectory, kim);
        var title = Regex.Replace(request.Title, @"\s+", " ").Trim();
        if (!Slug.IsValid(kim) || kim == ContentDiscoverer.KabupatenFolder || ContentDiscoverer.ReservedSlugs.Contains(kim) || !Directory.Exists(kimDirectory))
        {
            var existing = ExistingKims(site.ContentDirectory);
            diagnostics.Report(DiagnosticCodes.UnknownKim, new SourceLocation("--kim"), kim,
                Phrase.DidYouMean(Suggestions.Closest(kim, existing)), existing.Count == 0 ? "-" : string.Join(", ", existing));
        }

        var slug = SlugFromTitle(title);
        if (slug is null)
        {
            diagnostics.Report(DiagnosticCodes.UnusableTitle, new SourceLocation("<judul>"), title, kim);
        }

        if (diagnostics.HasErrors)
        {
            return ScaffoldSite.Failed(diagnostics, site);
        }

        var now = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), site.Settings.TimeZone);
        var name = $"{now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{slug}";
        var postsDirectory = Path.Combine(kimDirectory, "posts");
        var file = request.Bundle ? Path.Combine(postsDirectory, name, "index.md") : Path.Combine(postsDirectory, name + ".md");
        CheckAddress(site, kimDirectory, kim, slug!, name, file, diagnostics);
        if (diagnostics.HasErrors)
        {
            return ScaffoldSite.Failed(diagnostics, site);
        }

        var values = new PostValues(title, now, request.Type, request.Author?.Trim() is { Length: > 0 } author ? author : null,
            [.. request.Tags.Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)],
            request.Summary?.Trim() is { Length: > 0 } summary ? summary : null);
        if (!site.TryWriteNew(file, PostTemplate.Render(values, site.Settings), diagnostics))
        {
            return ScaffoldSite.Failed(diagnostics, site);
        }

        if (title.Length > PostReader.LongTitle)
        {
            // The build would warn too; saying so now lets the member shorten it before writing.
            diagnostics.Report(DiagnosticCodes.LongTitle, new SourceLocation(site.Display(file), PostTemplate.TitleLine, 8),
                title.Length.ToString(CultureInfo.InvariantCulture), PostReader.LongTitle.ToString(CultureInfo.InvariantCulture));
        }

        return new ScaffoldResult
        {
            Diagnostics = diagnostics.Sorted(),
            Created = [site.Display(file)],
            Language = site.Settings.Language,
        };
    }

    /// <summary>
    /// The slug a title gives ("Posyandu Balita, Kembali Aktif!" → "posyandu-balita-kembali-aktif"),
    /// cut at a word when longer than <see cref="MaxSlugLength"/>; null when the title has no
    /// Latin letter or digit to make one from.
    /// </summary>
    public static string? SlugFromTitle(string title)
    {
        var slug = Slug.Slugify(title);
        if (slug == "tulisan" && !title.Contains("tulisan", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (slug.Length > MaxSlugLength)
        {
            var cut = slug.LastIndexOf('-', MaxSlugLength);
            slug = cut > 0 ? slug[..cut] : slug[..MaxSlugLength].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>Refuses a file that exists, and an address another post, a page or the site itself has.</summary>
    private static void CheckAddress(ScaffoldSite site, string kimDirectory, string kim, string slug, string name, string file, DiagnosticBag diagnostics)
    {
        var postsDirectory = Path.Combine(kimDirectory, "posts");
        foreach (var existing in new[] { Path.Combine(postsDirectory, name + ".md"), Path.Combine(postsDirectory, name) })
        {
            if (File.Exists(existing) || Directory.Exists(existing))
            {
                diagnostics.Report(DiagnosticCodes.PostExists, new SourceLocation(site.Display(existing)));
                return;
            }
        }

        var location = new SourceLocation(site.Display(file));
        if (ReservedPostSlugs.Contains(slug))
        {
            diagnostics.Report(DiagnosticCodes.PostAddressTaken, location, $"{kim}/{slug}", new Phrase("halaman bawaan situs", "one of the site's own pages"));
            return;
        }

        var sameSlug = Directory.Exists(postsDirectory)
            ? Directory.EnumerateFileSystemEntries(postsDirectory).Order(StringComparer.Ordinal)
                .FirstOrDefault(p => PostName().Match(Path.GetFileName(p)) is { Success: true } m && m.Groups["slug"].Value == slug)
            : null;
        var page = Path.Combine(kimDirectory, "pages", slug + ".md");
        var taken = sameSlug ?? (File.Exists(page) ? page : null);
        if (taken is not null)
        {
            diagnostics.Report(DiagnosticCodes.PostAddressTaken, location, $"{kim}/{slug}", site.Display(taken));
        }
    }

    private static List<string> ExistingKims(string contentDirectory) =>
        Directory.Exists(contentDirectory)
            ? [.. Directory.EnumerateDirectories(contentDirectory).Select(Path.GetFileName).OfType<string>()
                .Where(n => Slug.IsValid(n) && !ContentDiscoverer.ReservedSlugs.Contains(n)).Order(StringComparer.Ordinal)]
            : [];

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PostName();
}

/// <summary>The values a new post starts with.</summary>
internal sealed record PostValues(string Title, DateTimeOffset Now, PostType Type, string? Author, IReadOnlyList<string> Tags, string? Summary);
