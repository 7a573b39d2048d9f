using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace KimPress.Rendering;

/// <summary>
/// A post's schema.org JSON-LD, for search engines and fact-check aggregators: a
/// <c>NewsArticle</c> (news and announcements) or <c>BlogPosting</c> published by the KIM, and
/// for a hoax clarification exactly one <c>ClaimReview</c> of the claim it reviews.
/// </summary>
/// <remarks>
/// The JSON goes inside <c>&lt;script type="application/ld+json"&gt;</c>, where HTML escaping does
/// not apply: the encoder writes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as <c>\u003C</c>… so a
/// title containing <c>&lt;/script&gt;</c> cannot end the element.
/// </remarks>
internal static class StructuredData
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Not UnsafeRelaxedJsonEscaping: the default JavaScript encoder always escapes the
        // HTML-sensitive characters, whichever ranges it is allowed to leave as they are.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = false,
    };

    // Per thread: the JSON is written into one reused buffer and copied out once.
    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;

    /// <summary>Categories written as news; every other category is a blog post.</summary>
    private static readonly HashSet<string> NewsCategories = new(StringComparer.Ordinal) { "berita", "pengumuman", "klarifikasi-hoaks" };

    /// <summary>What the JSON-LD of one post says.</summary>
    /// <param name="Url">The post's absolute URL.</param>
    /// <param name="Title">Its title.</param>
    /// <param name="Description">Its summary.</param>
    /// <param name="Category">Its category slug.</param>
    /// <param name="Language">The site's language.</param>
    /// <param name="Published">Its date.</param>
    /// <param name="Modified">Its last update, if any.</param>
    /// <param name="ImageUrl">Its preview image, absolute.</param>
    /// <param name="Author">The member who wrote it, if named.</param>
    /// <param name="Tags">Its tags' names.</param>
    /// <param name="Kim">The KIM that publishes it.</param>
    /// <param name="Claim">The claim it reviews, for a hoax clarification.</param>
    internal sealed record PostFacts(
        string Url,
        string Title,
        string Description,
        string Category,
        string Language,
        DateTimeOffset Published,
        DateTimeOffset? Modified,
        string? ImageUrl,
        string? Author,
        IReadOnlyList<string> Tags,
        Publisher Kim,
        ClaimFacts? Claim);

    /// <summary>The KIM as a schema.org Organization.</summary>
    internal sealed record Publisher(string Name, string Url, string? LogoUrl);

    /// <summary>The claim a hoax clarification reviews.</summary>
    internal sealed record ClaimFacts(string Rating, string Text, string? Source, string? SourceUrl, string? ArchiveUrl, DateTimeOffset? Date);

    /// <summary>The JSON-LD for <paramref name="post"/> as UTF-8, safe to put inside a script element.</summary>
    public static byte[] ForPost(PostFacts post)
    {
        var buffer = t_buffer ??= new System.Buffers.ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var json = t_json ??= new Utf8JsonWriter(buffer, WriterOptions);
        json.Reset(buffer);
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        if (post.Claim is not { } claim)
        {
            WriteArticleMembers(json, post);
        }
        else
        {
            json.WriteStartArray("@graph");
            json.WriteStartObject();
            WriteArticleMembers(json, post);
            json.WriteEndObject();
            WriteReview(json, post, claim);
            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteArticleMembers(Utf8JsonWriter json, PostFacts post)
    {
        json.WriteString("@type", NewsCategories.Contains(post.Category) ? "NewsArticle" : "BlogPosting");
        json.WriteString("@id", post.Url + "#tulisan");
        json.WriteString("mainEntityOfPage", post.Url);
        json.WriteString("url", post.Url);
        json.WriteString("headline", post.Title);
        json.WriteString("description", post.Description);
        json.WriteString("inLanguage", post.Language);
        json.WriteString("datePublished", Iso(post.Published));
        json.WriteString("dateModified", Iso(post.Modified ?? post.Published));
        if (post.ImageUrl is not null)
        {
            json.WriteStartArray("image");
            json.WriteStringValue(post.ImageUrl);
            json.WriteEndArray();
        }

        json.WritePropertyName("author");
        if (post.Author is null)
        {
            WriteOrganization(json, post.Kim);
        }
        else
        {
            json.WriteStartObject();
            json.WriteString("@type", "Person");
            json.WriteString("name", post.Author);
            json.WriteEndObject();
        }

        json.WritePropertyName("publisher");
        WriteOrganization(json, post.Kim);
        if (post.Tags.Count > 0)
        {
            json.WriteString("keywords", string.Join(", ", post.Tags));
        }
    }

    private static void WriteReview(Utf8JsonWriter json, PostFacts post, ClaimFacts claim)
    {
        json.WriteStartObject();
        json.WriteString("@type", "ClaimReview");
        json.WriteString("url", post.Url);
        json.WriteString("claimReviewed", claim.Text);
        json.WriteString("datePublished", Iso(post.Published));
        json.WriteString("inLanguage", post.Language);
        json.WritePropertyName("author");
        WriteOrganization(json, post.Kim);
        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        json.WriteString("alternateName", claim.Rating);
        json.WriteEndObject();

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        if (claim.Date is { } date)
        {
            json.WriteString("datePublished", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        // Where the claim circulated: the source link first (its first appearance), then the
        // archive copy; a source named without a link is still a named appearance.
        List<(string? Url, string? Name)> appearances = [];
        if (claim.SourceUrl is not null)
        {
            appearances.Add((claim.SourceUrl, claim.Source));
        }

        if (claim.ArchiveUrl is not null)
        {
            appearances.Add((claim.ArchiveUrl, claim.Source));
        }

        if (appearances.Count == 0 && claim.Source is not null)
        {
            appearances.Add((null, claim.Source));
        }

        if (appearances.Count > 0)
        {
            json.WritePropertyName("firstAppearance");
            WriteCreativeWork(json, appearances[0]);
            json.WriteStartArray("appearance");
            foreach (var appearance in appearances)
            {
                WriteCreativeWork(json, appearance);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOrganization(Utf8JsonWriter json, Publisher kim)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Organization");
        json.WriteString("name", kim.Name);
        json.WriteString("url", kim.Url);
        if (kim.LogoUrl is not null)
        {
            json.WriteStartObject("logo");
            json.WriteString("@type", "ImageObject");
            json.WriteString("url", kim.LogoUrl);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteCreativeWork(Utf8JsonWriter json, (string? Url, string? Name) work)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        if (work.Url is not null)
        {
            json.WriteString("url", work.Url);
        }

        if (work.Name is not null)
        {
            json.WriteString("name", work.Name);
        }

        json.WriteEndObject();
    }

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
