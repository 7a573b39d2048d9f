using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonSerializerOptions Options = new()
    {
        // Not UnsafeRelaxedJsonEscaping: the default JavaScript encoder always escapes the
        // HTML-sensitive characters, whichever ranges it is allowed to leave as they are.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

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

    /// <summary>The JSON-LD text for <paramref name="post"/>, safe to put inside a script element.</summary>
    public static string ForPost(PostFacts post)
    {
        var article = Article(post);
        if (post.Claim is not { } claim)
        {
            article.Insert(0, "@context", "https://schema.org");
            return article.ToJsonString(Options);
        }

        var graph = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@graph"] = new JsonArray(article, Review(post, claim)),
        };
        return graph.ToJsonString(Options);
    }

    private static JsonObject Article(PostFacts post)
    {
        var article = new JsonObject
        {
            ["@type"] = NewsCategories.Contains(post.Category) ? "NewsArticle" : "BlogPosting",
            ["@id"] = post.Url + "#tulisan",
            ["mainEntityOfPage"] = post.Url,
            ["url"] = post.Url,
            ["headline"] = post.Title,
            ["description"] = post.Description,
            ["inLanguage"] = post.Language,
            ["datePublished"] = Iso(post.Published),
            ["dateModified"] = Iso(post.Modified ?? post.Published),
        };
        if (post.ImageUrl is not null)
        {
            article["image"] = new JsonArray(post.ImageUrl);
        }

        article["author"] = post.Author is null ? Organization(post.Kim) : new JsonObject { ["@type"] = "Person", ["name"] = post.Author };
        article["publisher"] = Organization(post.Kim);
        if (post.Tags.Count > 0)
        {
            article["keywords"] = string.Join(", ", post.Tags);
        }

        return article;
    }

    private static JsonObject Review(PostFacts post, ClaimFacts claim)
    {
        var item = new JsonObject { ["@type"] = "Claim" };
        if (claim.Date is { } date)
        {
            item["datePublished"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        // Where the claim circulated: the source link first (its first appearance), then the
        // archive copy; a source named without a link is still a named appearance.
        var appearances = new JsonArray();
        if (claim.SourceUrl is not null)
        {
            appearances.Add((JsonNode)CreativeWork(claim.SourceUrl, claim.Source));
        }

        if (claim.ArchiveUrl is not null)
        {
            appearances.Add((JsonNode)CreativeWork(claim.ArchiveUrl, claim.Source));
        }

        if (appearances.Count == 0 && claim.Source is not null)
        {
            appearances.Add((JsonNode)CreativeWork(null, claim.Source));
        }

        if (appearances.Count > 0)
        {
            item["firstAppearance"] = appearances[0]!.DeepClone();
            item["appearance"] = appearances;
        }

        return new JsonObject
        {
            ["@type"] = "ClaimReview",
            ["url"] = post.Url,
            ["claimReviewed"] = claim.Text,
            ["datePublished"] = Iso(post.Published),
            ["inLanguage"] = post.Language,
            ["author"] = Organization(post.Kim),
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["alternateName"] = claim.Rating,
            },
            ["itemReviewed"] = item,
        };
    }

    private static JsonObject Organization(Publisher kim)
    {
        var organization = new JsonObject { ["@type"] = "Organization", ["name"] = kim.Name, ["url"] = kim.Url };
        if (kim.LogoUrl is not null)
        {
            organization["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = kim.LogoUrl };
        }

        return organization;
    }

    private static JsonObject CreativeWork(string? url, string? name)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork" };
        if (url is not null)
        {
            work["url"] = url;
        }

        if (name is not null)
        {
            work["name"] = name;
        }

        return work;
    }

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
