namespace KimPress.Rendering;

// Plain records that templates see (as snake_case: DateText → date_text). Built only by
// ViewFactory; they hold text, URLs and numbers, never model objects or paths on disk.

/// <summary>
/// HTML that templates insert as it is: only the sanitised post body and rendered partials.
/// A post body is loaded from the body store, as UTF-8, only when a template writes it; its hash
/// stands for it when a page's inputs are compared with the last build's. It is held as text or
/// as UTF-8 bytes, whichever it was made from, and converted only when asked for the other.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(TrustedHtmlHashConverter))]
public sealed class TrustedHtml
{
    private readonly Text.Utf8Fill? _fill;
    private readonly int _fillLength;
    private string? _value;
    private byte[]? _utf8;
    private UInt128? _hash;

    /// <summary>Markup known now.</summary>
    public TrustedHtml(string value) => _value = value;

    /// <summary>Markup known now, as UTF-8.</summary>
    public TrustedHtml(byte[] utf8) => _utf8 = utf8;

    /// <summary>
    /// Markup read (as UTF-8) only when it is used, whose length and hash are already known: a
    /// page that shows it has it read straight into its own output, with no array in between.
    /// </summary>
    public TrustedHtml(int length, UInt128 hash, Text.Utf8Fill fill)
    {
        _fillLength = length;
        _fill = fill;
        _hash = hash;
    }

    /// <summary>The markup.</summary>
    public string Value => _value ??= System.Text.Encoding.UTF8.GetString(Utf8);

    /// <summary>The markup as UTF-8.</summary>
    public byte[] Utf8 => _utf8 ??= _fill is not null ? Filled() : System.Text.Encoding.UTF8.GetBytes(_value!);

    /// <summary>Appends the markup's UTF-8 to <paramref name="output"/> (read straight into it when it is read on use).</summary>
    internal void WriteTo(Utf8Output output)
    {
        if (_utf8 is null && _fill is not null)
        {
            output.WriteUtf8(_fillLength, _fill);
        }
        else
        {
            output.WriteUtf8(Utf8);
        }
    }

    private byte[] Filled()
    {
        var bytes = new byte[_fillLength];
        _fill!(bytes);
        return bytes;
    }

    /// <summary>XxHash128 of the markup's UTF-8 bytes.</summary>
    public UInt128 Hash => _hash ??= System.IO.Hashing.XxHash128.HashToUInt128(Utf8);

    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>Writes a <see cref="TrustedHtml"/> as its hash, so hashing a view never loads a body.</summary>
internal sealed class TrustedHtmlHashConverter : System.Text.Json.Serialization.JsonConverter<TrustedHtml>
{
    public override TrustedHtml Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options) =>
        throw new NotSupportedException("Views are only ever written, to hash them.");

    public override void Write(System.Text.Json.Utf8JsonWriter writer, TrustedHtml value, System.Text.Json.JsonSerializerOptions options) =>
        ViewHasher.WriteHex(writer, value.Hash);
}

/// <summary>A titled link; <c>Url</c> is ready to put in href (base path included).</summary>
public sealed record LinkView(string Title, string Url);

/// <summary>What every template receives; the members a kind of page does not use are null.</summary>
public sealed record PageView
{
    /// <summary>The site: title, navigation, Diskominfo.</summary>
    public required SiteView Site { get; init; }

    /// <summary>This page: title, description, canonical URL, breadcrumbs.</summary>
    public required PageMetaView Page { get; init; }

    /// <summary>The posts listed on this page, newest first.</summary>
    public IReadOnlyList<PostSummaryView>? Posts { get; init; }

    /// <summary>Links to the other pages of this list.</summary>
    public PaginationView? Pagination { get; init; }

    /// <summary>The post shown (post pages).</summary>
    public PostView? Post { get; init; }

    /// <summary>The KIM whose blog this page belongs to.</summary>
    public KimView? Kim { get; init; }

    /// <summary>The cluster shown (cluster pages).</summary>
    public ClusterView? Cluster { get; init; }

    /// <summary>The kecamatan shown (kecamatan pages).</summary>
    public KecamatanView? Kecamatan { get; init; }

    /// <summary>The KIMs listed (directory, home).</summary>
    public IReadOnlyList<KimSummaryView>? Kims { get; init; }

    /// <summary>The tag shown (tag pages).</summary>
    public TagView? Tag { get; init; }

    /// <summary>The tags listed (tag index pages).</summary>
    public IReadOnlyList<TagView>? Tags { get; init; }

    /// <summary>How many posts the whole site has (home).</summary>
    public int? PostCount { get; init; }

    /// <summary>Coverage figures (directory, home).</summary>
    public CoverageView? Coverage { get; init; }

    /// <summary>The body of a static page.</summary>
    public TrustedHtml? Body { get; init; }
}

/// <summary>The site as every page sees it.</summary>
public sealed record SiteView(
    string Title,
    string Description,
    string Kabupaten,
    string Language,
    string HomeUrl,
    string? LogoUrl,
    string DirectoryUrl,
    string TagsUrl,
    string FeedUrl,
    string StylesheetUrl,
    DiskominfoView Diskominfo,
    IReadOnlyList<LinkView> Clusters,
    IReadOnlyList<LinkView> Kecamatan,
    IReadOnlyList<LinkView> Pages,
    int KimCount)
{
    /// <summary>Set once by <see cref="ViewHasher"/>: the view is shared by every page.</summary>
    internal UInt128? KeyHash;
}

/// <summary>Diskominfo's contact details.</summary>
public sealed record DiskominfoView(string Name, string? Address, string? Email, string? Phone);

/// <summary>Metadata of one page.</summary>
/// <param name="Kind">home, cluster, kecamatan, directory, tags, tag, kim, profile, post, page or 404.</param>
/// <param name="Title">The page's own title (the document title adds the site's).</param>
/// <param name="Description">For meta description and previews.</param>
/// <param name="Url">Its href.</param>
/// <param name="CanonicalUrl">Its absolute URL.</param>
/// <param name="ImageUrl">Absolute URL of the preview image: the cover image, else the KIM's logo, else the kabupaten logo, else the theme's share image.</param>
/// <param name="ImageAlt">The preview image's alternative text.</param>
/// <param name="FeedUrl">The feed that goes with the page.</param>
/// <param name="FeedTitle">That feed's title.</param>
/// <param name="Breadcrumbs">From the kabupaten down to the page's parent.</param>
/// <param name="IsArticle">True for posts (og:type article).</param>
/// <param name="NoIndex">True for pages search engines should skip (404, later list pages).</param>
public sealed record PageMetaView(
    string Kind,
    string Title,
    string Description,
    string Url,
    string CanonicalUrl,
    string? ImageUrl,
    string? ImageAlt,
    string FeedUrl,
    string FeedTitle,
    IReadOnlyList<LinkView> Breadcrumbs,
    bool IsArticle,
    bool NoIndex);

/// <summary>A post in a list.</summary>
public sealed record PostSummaryView(
    string Title,
    string Url,
    string DateText,
    string DateIso,
    string Summary,
    string KimName,
    string KimUrl,
    string Desa,
    string? ImageUrl,
    string? ImageAlt,
    CategoryView Category,
    IReadOnlyList<LinkView> Tags,
    bool IsDraft,
    bool IsFuture)
{
    /// <summary>Set once by <see cref="ViewHasher"/>: one post's summary appears on many lists.</summary>
    internal UInt128? KeyHash;
}

/// <summary>A post's category: its slug (for styling) and its name in the site's language.</summary>
public sealed record CategoryView(string Slug, string Name);

/// <summary>A full post.</summary>
/// <param name="Summary">What lists show of it.</param>
/// <param name="Body">The sanitised body.</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="TimeText">Its time ("08.30 WIB"), when the date has one.</param>
/// <param name="UpdatedText">When it was last updated, written out.</param>
/// <param name="UpdatedIso">The same, as RFC 3339.</param>
/// <param name="ReadingMinutes">Minutes to read it.</param>
/// <param name="Claim">The claim a hoax clarification reviews.</param>
/// <param name="Newer">The KIM's next newer post.</param>
/// <param name="Older">The KIM's next older post.</param>
/// <param name="ShareUrl">The wa.me link that shares it on WhatsApp.</param>
/// <param name="StructuredData">Its schema.org JSON-LD (Article, and ClaimReview for a hoax clarification), escaped for a script element.</param>
public sealed record PostView(
    PostSummaryView Summary,
    TrustedHtml Body,
    string? Author,
    string? TimeText,
    string? UpdatedText,
    string? UpdatedIso,
    int ReadingMinutes,
    ClaimView? Claim,
    LinkView? Newer,
    LinkView? Older,
    string ShareUrl,
    TrustedHtml StructuredData);

/// <summary>The claim a hoax clarification reviews.</summary>
public sealed record ClaimView(string Rating, string Text, string? Source, string? SourceUrl, string? ArchiveUrl, string? DateText, IReadOnlyList<LinkView> References);

/// <summary>Links to the pages of a paginated list.</summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageNumberView> Pages);

/// <summary>One page number in a pagination bar; <c>Number</c> 0 marks a gap ("…").</summary>
public sealed record PageNumberView(int Number, string Url, bool IsCurrent);

/// <summary>A KIM in a list.</summary>
public sealed record KimSummaryView(
    string Name,
    string Url,
    string ProfileUrl,
    string Desa,
    string? KodeDesa,
    LinkView Kecamatan,
    LinkView Cluster,
    int PostCount,
    string? LastPostDateText,
    string? LastPostDateIso,
    string? LogoUrl);

/// <summary>A KIM with its whole profile.</summary>
public sealed record KimView(
    KimSummaryView Summary,
    string? Description,
    string? EstablishedText,
    DecreeView? Sk,
    IReadOnlyList<MemberView> Members,
    string? Email,
    string? Whatsapp,
    string? WhatsappUrl,
    IReadOnlyList<SocialView> Social,
    IReadOnlyList<LinkView> Pages,
    IReadOnlyList<TagView> Tags,
    string TagsUrl,
    string FeedUrl)
{
    /// <summary>Set once by <see cref="ViewHasher"/>: one KIM's view appears on all its pages.</summary>
    internal UInt128? KeyHash;
}

/// <summary>The SK that formed a KIM.</summary>
public sealed record DecreeView(string? Number, string? DateText, string? Issuer);

/// <summary>A KIM member.</summary>
public sealed record MemberView(string Name, string? Role);

/// <summary>A social media link with a readable label.</summary>
public sealed record SocialView(string Network, string Label, string Url);

/// <summary>A cluster with its KIMs.</summary>
/// <param name="Name">The cluster's name.</param>
/// <param name="Description">Its description from site.yml.</param>
/// <param name="Url">Its first page.</param>
/// <param name="Kims">Its KIMs, on the first page only (empty on later pages: a table of every KIM
/// repeated on page 40 of the posts would make each page heavier for readers).</param>
/// <param name="KimCount">How many KIMs it has, on every page.</param>
/// <param name="PostCount">How many posts its KIMs published.</param>
public sealed record ClusterView(string Name, string? Description, string Url, IReadOnlyList<KimSummaryView> Kims, int KimCount, int PostCount);

/// <summary>A kecamatan with every desa and its coverage.</summary>
/// <param name="Name">The kecamatan's name.</param>
/// <param name="Url">Its first page.</param>
/// <param name="Desa">Every desa and its KIMs, on the first page only (empty on later pages).</param>
/// <param name="Coverage">How many of its desa have a KIM, on every page.</param>
/// <param name="Kims">Its KIMs, on the first page only (empty on later pages).</param>
public sealed record KecamatanView(string Name, string Url, IReadOnlyList<DesaView> Desa, CoverageView Coverage, IReadOnlyList<KimSummaryView> Kims);

/// <summary>A desa and the KIMs in it.</summary>
public sealed record DesaView(string Name, string? Code, IReadOnlyList<LinkView> Kims);

/// <summary>How many desa have a KIM: "N dari M desa".</summary>
public sealed record CoverageView(int Covered, int Total, int Percent, string Text);

/// <summary>A tag with its post count.</summary>
public sealed record TagView(string Name, string Url, int Count);
