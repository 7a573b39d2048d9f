using System.Globalization;
using System.Text.RegularExpressions;
using KimPress.Diagnostics;
using KimPress.Text;

namespace KimPress.Content;

/// <summary>
/// Walks content/ and classifies every file: KIM profiles, posts, bundles, pages and the
/// files to copy. Reads no file's contents. Symbolic links that lead outside content/ are
/// refused; hidden files (".git", ".DS_Store") are ignored.
/// </summary>
public static partial class ContentDiscoverer
{
    /// <summary>The reserved folder for the kabupaten site's own pages and files.</summary>
    public const string KabupatenFolder = "_kabupaten";

    /// <summary>
    /// Names the site uses for its own pages and files; no KIM may take them as a slug.
    /// </summary>
    public static readonly IReadOnlyList<string> ReservedSlugs =
        ["klaster", "kecamatan", "kim", "tag", "page", "assets", "feed", "feed-xml", "sitemap", "robots", "404", "index", "tentang", "halaman", "cari", "search", "static", "api", "admin"];

    /// <summary>Finds everything under <paramref name="contentDirectory"/>; <paramref name="siteRoot"/> anchors display paths.</summary>
    public static ContentInventory Discover(string siteRoot, string contentDirectory, DiagnosticBag diagnostics, bool serial = false)
    {
        var walker = new Walker(siteRoot, contentDirectory, diagnostics);
        var kimFolders = new List<(string Name, string Directory)>();
        SiteFolder? kabupaten = null;
        if (Directory.Exists(contentDirectory) && !LeadsOutside(siteRoot, contentDirectory, walker, diagnostics))
        {
            foreach (var directory in walker.Directories(contentDirectory))
            {
                var name = Path.GetFileName(directory);
                if (name == KabupatenFolder)
                {
                    kabupaten = DiscoverKabupaten(walker, directory);
                }
                else if (CheckKimSlug(name, walker.Display(directory), diagnostics))
                {
                    kimFolders.Add((name, directory));
                }
            }
        }

        // KIM folders are independent: listed in parallel, kept in folder order.
        var kims = new KimFolder[kimFolders.Count];
        if (serial)
        {
            for (var i = 0; i < kims.Length; i++)
            {
                kims[i] = DiscoverKim(walker, kimFolders[i].Name, kimFolders[i].Directory, diagnostics);
            }
        }
        else
        {
            Parallel.For(0, kims.Length, i => kims[i] = DiscoverKim(walker, kimFolders[i].Name, kimFolders[i].Directory, diagnostics));
        }

        return new ContentInventory(kims, kabupaten ?? new SiteFolder(Path.Combine(contentDirectory, KabupatenFolder), [], [])) { HasLinks = walker.SawLinks };
    }

    /// <summary>
    /// content/ itself committed as a symbolic link to elsewhere (another folder on the CI
    /// machine, say) would publish whatever is there: it must stay inside the site folder.
    /// </summary>
    private static bool LeadsOutside(string siteRoot, string contentDirectory, Walker walker, DiagnosticBag diagnostics)
    {
        if (PathScope.LinkStaysInside(contentDirectory, Path.GetFullPath(siteRoot)))
        {
            return false;
        }

        diagnostics.Report(DiagnosticCodes.LinkOutsideContent, new SourceLocation(walker.Display(contentDirectory)), walker.Display(contentDirectory));
        return true;
    }

    private static bool CheckKimSlug(string name, string displayPath, DiagnosticBag diagnostics)
    {
        if (!Slug.IsValid(name))
        {
            diagnostics.Report(DiagnosticCodes.InvalidKimFolder, new SourceLocation(displayPath), name, Slug.Slugify(name));
            return false;
        }

        if (ReservedSlugs.Contains(name))
        {
            diagnostics.Report(DiagnosticCodes.ReservedKimFolder, new SourceLocation(displayPath), name, string.Join(", ", ReservedSlugs));
            return false;
        }

        return true;
    }

    private static SiteFolder DiscoverKabupaten(Walker walker, string directory)
    {
        var pagesDirectory = Path.Combine(directory, "pages");
        var pages = DiscoverPages(walker, pagesDirectory);
        var assets = walker.AllFiles(directory)
            .Where(f => !PathScope.IsInside(f, pagesDirectory) || !IsMarkdown(f))
            .Select(f => walker.Asset(f, Relative(directory, f)))
            .ToList();
        return new SiteFolder(directory, pages, assets);
    }

    private static KimFolder DiscoverKim(Walker walker, string slug, string directory, DiagnosticBag diagnostics)
    {
        var profile = Path.Combine(directory, "kim.yml");
        var profileDisplay = walker.Display(profile);
        var hasProfile = File.Exists(profile);
        if (!hasProfile)
        {
            diagnostics.Report(DiagnosticCodes.KimFileMissing, new SourceLocation(profileDisplay), slug);
        }

        var posts = new List<PostSource>();
        var assets = new List<AssetFile>();
        var postsDirectory = Path.Combine(directory, "posts");
        var pagesDirectory = Path.Combine(directory, "pages");
        if (Directory.Exists(postsDirectory))
        {
            foreach (var bundle in walker.Directories(postsDirectory))
            {
                var index = Path.Combine(bundle, "index.md");
                var match = PostName().Match(Path.GetFileName(bundle));
                if (!File.Exists(index))
                {
                    // A plain folder of images beside flat posts is fine: its files are copied.
                    assets.AddRange(walker.AllFiles(bundle).Select(f => walker.Asset(f, $"{slug}/{Relative(directory, f)}")));
                    continue;
                }

                if (!match.Success || !TryDate(match, out var date))
                {
                    ReportBadName(walker, index, Path.GetFileName(bundle), diagnostics);
                    continue;
                }

                var postSlug = match.Groups["slug"].Value;
                posts.Add(new PostSource(index, walker.Display(index), date, postSlug, IsBundle: true));
                assets.AddRange(walker.AllFiles(bundle)
                    .Where(f => f != index)
                    .Select(f => walker.Asset(f, $"{slug}/{postSlug}/{Relative(bundle, f)}")));
            }

            foreach (var file in walker.Files(postsDirectory))
            {
                if (!IsMarkdown(file))
                {
                    assets.Add(walker.Asset(file, $"{slug}/{Relative(directory, file)}"));
                    continue;
                }

                var match = PostName().Match(Path.GetFileNameWithoutExtension(file));
                if (!match.Success || !TryDate(match, out var date))
                {
                    ReportBadName(walker, file, Path.GetFileNameWithoutExtension(file), diagnostics);
                    continue;
                }

                posts.Add(new PostSource(file, walker.Display(file), date, match.Groups["slug"].Value, IsBundle: false));
            }
        }

        var pages = DiscoverPages(walker, pagesDirectory);
        foreach (var child in walker.Directories(directory))
        {
            if (child != postsDirectory && child != pagesDirectory)
            {
                assets.AddRange(walker.AllFiles(child).Select(f => walker.Asset(f, $"{slug}/{Relative(directory, f)}")));
            }
        }

        foreach (var file in walker.Files(directory))
        {
            // Markdown files at the KIM's top level (a README, say) are not published.
            if (file != profile && !IsMarkdown(file))
            {
                assets.Add(walker.Asset(file, $"{slug}/{Relative(directory, file)}"));
            }
        }

        if (Directory.Exists(pagesDirectory))
        {
            assets.AddRange(walker.AllFiles(pagesDirectory).Where(f => !IsMarkdown(f)).Select(f => walker.Asset(f, $"{slug}/{Relative(directory, f)}")));
        }

        posts.Sort((a, b) => string.CompareOrdinal(a.DisplayPath, b.DisplayPath));
        assets.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
        return new KimFolder(slug, directory, hasProfile ? profile : null, profileDisplay, posts, pages, assets);
    }

    private static List<PageSource> DiscoverPages(Walker walker, string pagesDirectory)
    {
        var pages = new List<PageSource>();
        if (!Directory.Exists(pagesDirectory))
        {
            return pages;
        }

        foreach (var file in walker.Files(pagesDirectory).Where(IsMarkdown))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (!Slug.IsValid(name))
            {
                walker.Diagnostics.Report(DiagnosticCodes.InvalidSlug, new SourceLocation(walker.Display(file)), name, Slug.Slugify(name));
                continue;
            }

            pages.Add(new PageSource(file, walker.Display(file), name));
        }

        return pages;
    }

    private static void ReportBadName(Walker walker, string file, string name, DiagnosticBag diagnostics)
    {
        var suggestion = SuggestPostName(name);
        diagnostics.Report(DiagnosticCodes.InvalidPostName, new SourceLocation(walker.Display(file)), name, suggestion);
    }

    /// <summary>A valid post name close to <paramref name="name"/>: its date if it has one, its words as the slug.</summary>
    internal static string SuggestPostName(string name)
    {
        var date = DatePrefix().Match(name);
        var rest = date.Success ? name[date.Length..] : name;
        var prefix = date.Success && DateOnly.TryParseExact(date.Value.TrimEnd('-', '_', ' '), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? date.Value.TrimEnd('-', '_', ' ')
            : "2024-03-01";
        return $"{prefix}-{Slug.Slugify(rest)}";
    }

    private static bool TryDate(Match match, out DateOnly date) =>
        DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool IsMarkdown(string path) => Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase);

    private static string Relative(string directory, string path) =>
        Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/');

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})-(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PostName();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[-_ ]?", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();
}
