using KimPress.Diagnostics;
using KimPress.Markdown;
using KimPress.Text;
using KimPress.Yaml;

namespace KimPress.Content;

/// <summary>Reads a post or page: front matter checked field by field, body rendered to safe HTML.</summary>
/// <param name="markdown">The shared Markdown renderer.</param>
/// <param name="links">The shared link resolver (for the cover image and claim links).</param>
/// <param name="limits">File size and tag limits.</param>
/// <param name="bodies">Where rendered bodies are kept.</param>
public sealed class PostReader(MarkdownRenderer markdown, LinkResolver links, Configuration.LimitSettings limits, Caching.BodyStore bodies)
{
    /// <summary>The longest title that does not draw a warning.</summary>
    public const int LongTitle = 100;

    private static readonly string[] PostKeys =
        ["title", "date", "updated", "author", "tags", "category", "summary", "image", "image_alt", "draft", "claim"];

    private static readonly string[] PageKeys = ["title", "summary", "draft"];

    private static readonly string[] ClaimKeys = ["rating", "text", "source", "source_url", "archive_url", "date", "references"];

    /// <summary>The category of hoax clarifications.</summary>
    public const string HoaxCategory = "klarifikasi-hoaks";

    /// <summary>
    /// Reads a post (<paramref name="fileDate"/> given) or a static page from its bytes; null when
    /// it has errors. <paramref name="diagnostics"/> should be this file's own bag, so "has this
    /// file errors?" does not scan the whole build's; local links looked up are added to
    /// <paramref name="dependencies"/>.
    /// </summary>
    public PostDocument? Read(ReadOnlySpan<byte> bytes, string filePath, string displayPath, string slug, string scopeDirectory, DateOnly? fileDate, DiagnosticBag diagnostics, List<Caching.LinkDependency> dependencies)
    {
        var isPost = fileDate is not null;
        if (!SourceText.TryNormalize(bytes, displayPath, diagnostics, out var text))
        {
            return null;
        }

        var parts = FrontMatter.Split(text);
        if (parts.Yaml is null)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterMissing, new SourceLocation(displayPath, 1, 1));
            return null;
        }

        var root = YamlSource.LoadMapping(parts.Yaml, displayPath, parts.YamlFirstLine, diagnostics, limits.MaxNesting);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, displayPath, parts.YamlFirstLine, diagnostics, isPost ? PostKeys : PageKeys);
        var title = map.Text("title", required: true, example: "Posyandu Balita Kembali Aktif");
        if (title is not null && title.Length > LongTitle)
        {
            diagnostics.Report(DiagnosticCodes.LongTitle, map.LocationOf("title"), title.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), LongTitle.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var directory = Path.GetDirectoryName(filePath)!;
        var body = markdown.Render(parts.Body, parts.BodyFirstLine, displayPath, directory, scopeDirectory, diagnostics, dependencies);
        var summary = map.Text("summary");
        var draft = map.Bool("draft") ?? false;
        if (!isPost)
        {
            return diagnostics.HasErrors || title is null
                ? null
                : new PostDocument { DisplayPath = displayPath, Slug = slug, Title = title, Summary = summary, Excerpt = summary is null ? body.Excerpt : "", Body = bodies.Put(body.Utf8.Span), Draft = draft, WordCount = body.WordCount };
        }

        var date = ReadDate(map, fileDate, diagnostics);
        var category = ReadCategory(map, diagnostics);
        var (image, imageAlt) = ReadImage(map, directory, scopeDirectory, diagnostics, dependencies);
        var claim = ReadClaim(map, category, diagnostics);
        var tags = map.TextList("tags", maxItems: limits.MaxTags).Select(t => t.Text).ToList();
        if (summary is null)
        {
            diagnostics.Report(DiagnosticCodes.MissingSummary, new SourceLocation(displayPath, parts.YamlFirstLine, 1));
        }

        if (diagnostics.HasErrors || title is null || date is null)
        {
            return null;
        }

        return new PostDocument
        {
            DisplayPath = displayPath,
            Slug = slug,
            Title = title,
            Date = date,
            Updated = map.Date("updated"),
            Author = map.Text("author"),
            Tags = tags,
            Category = category,
            Summary = summary,
            // Only a post without summary shows its excerpt; every other one would keep it in
            // memory for the whole build for nothing.
            Excerpt = summary is null ? body.Excerpt : "",
            Image = image,
            ImageAlt = imageAlt,
            Draft = draft,
            Claim = claim,
            Body = bodies.Put(body.Utf8.Span),
            WordCount = body.WordCount,
        };
    }

    private static LocalDateValue? ReadDate(YamlMap map, DateOnly? fileDate, DiagnosticBag diagnostics)
    {
        if (!map.Has("date"))
        {
            return fileDate is { } d ? new LocalDateValue(d.ToDateTime(TimeOnly.MinValue), HasTime: false) : null;
        }

        var date = map.Date("date");
        if (date is { } value && fileDate is { } fromName && DateOnly.FromDateTime(value.Value) != fromName)
        {
            diagnostics.Report(DiagnosticCodes.DateMismatch, map.LocationOf("date"),
                value.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                fromName.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        return date;
    }

    private static string ReadCategory(YamlMap map, DiagnosticBag diagnostics)
    {
        var text = map.Text("category", example: "berita");
        if (text is null)
        {
            return "berita";
        }

        if (Slug.IsValid(text))
        {
            return text;
        }

        var slug = Slug.Slugify(text);
        diagnostics.Report(DiagnosticCodes.InvalidSlug, map.LocationOf("category"), text, slug);
        return slug;
    }

    private (string? Image, string? Alt) ReadImage(YamlMap map, string directory, string scopeDirectory, DiagnosticBag diagnostics, List<Caching.LinkDependency> dependencies)
    {
        var image = map.Text("image", example: "foto.jpg");
        var alt = map.Text("image_alt");
        if (image is null)
        {
            return (null, alt);
        }

        if (alt is null)
        {
            diagnostics.Report(DiagnosticCodes.ImageWithoutAlt, map.LocationOf("image"), image);
        }

        // The cover image is a file name first (it may contain '#' or '?'), an address second.
        if (LinkResolver.SchemeOf(image) is null && links.PublishedPath(Path.Combine(directory, image), dependencies) is { } literal
            && PathScope.IsInside(Path.GetFullPath(Path.Combine(directory, image)), Path.GetFullPath(scopeDirectory)))
        {
            return (literal, alt);
        }

        var (outcome, url) = links.Resolve(image, directory, scopeDirectory, dependencies);
        switch (outcome)
        {
            case LinkOutcome.Kept when LinkResolver.SchemeOf(url) is "http" or "https":
                return (url, alt);
            case LinkOutcome.Rewritten:
                return (links.PublishedPath(Path.Combine(directory, Uri.UnescapeDataString(image)), dependencies) is { } path ? path : url, alt);
            default:
                // A cover image must be a file or a web address; mailto:, tel: or #… are unsafe here.
                diagnostics.Report(LinkResolver.Problem(outcome) ?? DiagnosticCodes.UnsafeUrl, map.LocationOf("image"), image);
                return (null, alt);
        }
    }

    private static ClaimInfo? ReadClaim(YamlMap map, string category, DiagnosticBag diagnostics)
    {
        var claim = map.Map("claim", ClaimKeys, example: "{ rating: HOAKS, text: \"...\", source: ... }");
        if (claim is null)
        {
            if (category == HoaxCategory)
            {
                diagnostics.Report(DiagnosticCodes.ClaimMismatch, map.LocationOf("category"),
                    new Phrase("Tulisan klarifikasi hoaks harus punya blok claim", "A hoax clarification needs a claim block"));
            }

            return null;
        }

        if (category != HoaxCategory)
        {
            diagnostics.Report(DiagnosticCodes.ClaimMismatch, map.LocationOf("claim"),
                new Phrase("Blok claim hanya dipakai pada tulisan dengan category: klarifikasi-hoaks", "A claim block belongs only to posts with category: klarifikasi-hoaks"));
        }

        var rating = claim.Text("rating", required: true, example: "HOAKS")?.ToUpperInvariant().Trim('[', ']');
        var text = claim.Text("text", required: true, example: "\"Beredar pesan berantai ...\"");
        var references = claim.MapList("references", ["title", "url"], "{ title: Penjelasan Dinkes, url: https://... }")
            .Select(r => (Title: r.Text("title", required: true), Url: CheckedUrl(r, "url", diagnostics, required: true)))
            .Where(r => r.Title is not null && r.Url is not null)
            .Select(r => new ReferenceLink(r.Title!, r.Url!))
            .ToList();
        return rating is null || text is null
            ? null
            : new ClaimInfo(rating, text, claim.Text("source"), CheckedUrl(claim, "source_url", diagnostics), CheckedUrl(claim, "archive_url", diagnostics), claim.Date("date"), references);
    }

    private static string? CheckedUrl(YamlMap map, string key, DiagnosticBag diagnostics, bool required = false)
    {
        var url = map.Text(key, required, "https://...");
        if (url is null || LinkResolver.SchemeOf(url) is "http" or "https")
        {
            return url;
        }

        diagnostics.Report(DiagnosticCodes.UnsafeUrl, map.LocationOf(key), url);
        return null;
    }
}
