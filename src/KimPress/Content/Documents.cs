using KimPress.Diagnostics;
using KimPress.Text;

namespace KimPress.Content;

/// <summary>A KIM's profile as read from kim.yml, references not yet resolved.</summary>
public sealed record KimProfile
{
    /// <summary>The KIM's name, e.g. "KIM Sukamaju".</summary>
    public required string Name { get; init; }

    /// <summary>The desa/kelurahan's name as written, with where it was written.</summary>
    public required Located<string> Desa { get; init; }

    /// <summary>The kecamatan slug as written.</summary>
    public required Located<string> Kecamatan { get; init; }

    /// <summary>The cluster slug as written.</summary>
    public required Located<string> Cluster { get; init; }

    /// <summary>The date the KIM was established.</summary>
    public DateOnly? Established { get; init; }

    /// <summary>The decree (SK) that formed the KIM.</summary>
    public DecreeInfo? Sk { get; init; }

    /// <summary>The members, in kim.yml order.</summary>
    public IReadOnlyList<MemberInfo> Members { get; init; } = [];

    /// <summary>How to reach the KIM.</summary>
    public ContactInfo Contact { get; init; } = new(null, null);

    /// <summary>The KIM's social media pages.</summary>
    public IReadOnlyList<SocialLink> Social { get; init; } = [];

    /// <summary>The logo's published URL path, if any.</summary>
    public string? LogoPath { get; init; }

    /// <summary>A few sentences about the KIM.</summary>
    public string? Description { get; init; }
}

/// <summary>A value with the place in a file it was read from.</summary>
public readonly record struct Located<T>(T Value, SourceLocation Location);

/// <summary>The SK (surat keputusan) that formed a KIM.</summary>
public sealed record DecreeInfo(string? Number, DateOnly? Date, string? Issuer);

/// <summary>A KIM member and their role.</summary>
public sealed record MemberInfo(string Name, string? Role);

/// <summary>E-mail and WhatsApp number.</summary>
public sealed record ContactInfo(string? Email, string? WhatsApp);

/// <summary>A link to one of the KIM's social media pages.</summary>
/// <param name="Network">facebook, instagram, youtube, tiktok, x or website.</param>
/// <param name="Url">The page's address.</param>
public sealed record SocialLink(string Network, string Url);

/// <summary>A post or page after parsing: front matter read, Markdown rendered.</summary>
public sealed record PostDocument
{
    /// <summary>Where it came from.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The slug from the file name.</summary>
    public required string Slug { get; init; }

    /// <summary>The title.</summary>
    public required string Title { get; init; }

    /// <summary>The date as written (null for pages).</summary>
    public LocalDateValue? Date { get; init; }

    /// <summary>The date of the last update, if given.</summary>
    public LocalDateValue? Updated { get; init; }

    /// <summary>Who wrote it.</summary>
    public string? Author { get; init; }

    /// <summary>The tags as written.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The category slug (berita when not given).</summary>
    public string Category { get; init; } = "berita";

    /// <summary>The summary as written, or null.</summary>
    public string? Summary { get; init; }

    /// <summary>Plain text from the start of the body when there is no summary; empty when there is one.</summary>
    public string Excerpt { get; init; } = "";

    /// <summary>The cover image's published URL path, or an external URL.</summary>
    public string? Image { get; init; }

    /// <summary>The cover image's alternative text.</summary>
    public string? ImageAlt { get; init; }

    /// <summary>True for drafts.</summary>
    public bool Draft { get; init; }

    /// <summary>The claim a klarifikasi-hoaks post reviews.</summary>
    public ClaimInfo? Claim { get; init; }

    /// <summary>The rendered, safe HTML body, kept in the body store rather than in memory.</summary>
    public required Caching.BodyRef Body { get; init; }

    /// <summary>Number of words in the body, for reading time.</summary>
    public int WordCount { get; init; }

    /// <summary>
    /// A hash of everything above except the body (see <see cref="Caching.StructureDigest"/>):
    /// what lists, neighbours and feeds can show of this document.
    /// </summary>
    public UInt128 Shape { get; init; }
}

/// <summary>The claim of a hoax clarification, in the layout fact-checkers use.</summary>
/// <param name="Rating">The label: HOAKS, DISINFORMASI, SALAH, …</param>
/// <param name="Text">The claim as it circulated (narasi).</param>
/// <param name="Source">Where it circulated (sumber).</param>
/// <param name="SourceUrl">A link to where it circulated.</param>
/// <param name="ArchiveUrl">An archive copy of it.</param>
/// <param name="Date">When it appeared.</param>
/// <param name="References">The references (referensi).</param>
public sealed record ClaimInfo(string Rating, string Text, string? Source, string? SourceUrl, string? ArchiveUrl, LocalDateValue? Date, IReadOnlyList<ReferenceLink> References);

/// <summary>A titled link.</summary>
public sealed record ReferenceLink(string Title, string Url);
