namespace KimPress.Content;

/// <summary>Everything read from content/: each KIM's profile, posts and pages, and the kabupaten's pages.</summary>
/// <param name="Kims">The KIMs in slug order; a KIM whose kim.yml has errors has a null profile.</param>
/// <param name="KabupatenPages">The kabupaten site's own pages.</param>
/// <param name="Assets">Every file to copy, by output path.</param>
public sealed record ParsedContent(IReadOnlyList<ParsedKim> Kims, IReadOnlyList<PostDocument> KabupatenPages, IReadOnlyList<AssetFile> Assets)
{
    /// <summary>Posts and pages whose file was read (the others were known unchanged by their stamp or the file watcher).</summary>
    public int FilesRead { get; init; }
}

/// <summary>One KIM after parsing. Posts and pages with errors are left out (their errors are reported).</summary>
/// <param name="Folder">Where it was found.</param>
/// <param name="Profile">kim.yml's contents, or null when it is missing or has errors.</param>
/// <param name="Posts">The posts that parsed, in file order.</param>
/// <param name="Pages">The static pages that parsed.</param>
public sealed record ParsedKim(KimFolder Folder, KimProfile? Profile, IReadOnlyList<PostDocument> Posts, IReadOnlyList<PostDocument> Pages);
