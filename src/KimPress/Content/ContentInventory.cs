namespace KimPress.Content;

/// <summary>Everything found under content/, before any file is parsed.</summary>
/// <param name="Kims">The KIM folders, by slug.</param>
/// <param name="Kabupaten">The reserved folder for the kabupaten site's own pages and files.</param>
public sealed record ContentInventory(IReadOnlyList<KimFolder> Kims, SiteFolder Kabupaten)
{
    /// <summary>True when content/ holds symbolic links (to places inside it).</summary>
    public bool HasLinks { get; init; }

    /// <summary>Every file that will be copied to the output, by output path.</summary>
    public IEnumerable<AssetFile> AllAssets => Kabupaten.Assets.Concat(Kims.SelectMany(k => k.Assets));
}

/// <summary>One KIM's folder: content/&lt;slug&gt;/.</summary>
/// <param name="Slug">The folder name, the KIM's slug.</param>
/// <param name="Directory">The folder's absolute path.</param>
/// <param name="ProfilePath">kim.yml's absolute path, if it exists.</param>
/// <param name="ProfileDisplayPath">kim.yml's path as diagnostics show it (whether or not it exists).</param>
/// <param name="Posts">The post files and bundles.</param>
/// <param name="Pages">The static pages under pages/.</param>
/// <param name="Assets">Every other file, with the URL path it is published at.</param>
public sealed record KimFolder(
    string Slug,
    string Directory,
    string? ProfilePath,
    string ProfileDisplayPath,
    IReadOnlyList<PostSource> Posts,
    IReadOnlyList<PageSource> Pages,
    IReadOnlyList<AssetFile> Assets);

/// <summary>The kabupaten's reserved folder (content/_kabupaten/): its pages and files.</summary>
public sealed record SiteFolder(string Directory, IReadOnlyList<PageSource> Pages, IReadOnlyList<AssetFile> Assets);

/// <summary>A post: a file YYYY-MM-DD-slug.md or a bundle folder YYYY-MM-DD-slug/index.md.</summary>
/// <param name="FilePath">The Markdown file's absolute path.</param>
/// <param name="DisplayPath">The path shown in diagnostics, relative to the site root.</param>
/// <param name="FileDate">The date in the file or folder name.</param>
/// <param name="Slug">The slug in the file or folder name.</param>
/// <param name="IsBundle">True for a bundle folder.</param>
public sealed record PostSource(string FilePath, string DisplayPath, DateOnly FileDate, string Slug, bool IsBundle);

/// <summary>A static page: pages/&lt;slug&gt;.md.</summary>
public sealed record PageSource(string FilePath, string DisplayPath, string Slug);

/// <summary>A file copied as it is, such as an image.</summary>
/// <param name="FilePath">The file's absolute path.</param>
/// <param name="DisplayPath">The path shown in diagnostics, relative to the site root.</param>
/// <param name="OutputPath">Where it is published, relative to the site root, forward slashes.</param>
public sealed record AssetFile(string FilePath, string DisplayPath, string OutputPath);
