using KimPress.Markdown;
using KimPress.Model;
using KimPress.Planning;

namespace KimPress.Rendering;

/// <summary>
/// Builds the plain views templates see, from the model. The one place that turns model
/// objects into text: URLs (base path included), dates in the site's language, counts.
/// </summary>
public sealed class ViewFactory
{
    private readonly SiteModel _model;
    private readonly Translations _t;
    private readonly SiteView _site;
    private readonly Caching.BodyStore _bodies;

    // The preview image of pages with nothing better: the kabupaten logo, else the theme's own.
    private readonly string? _defaultImage;

    // Shared by many pages: built once per KIM / post, so every page (and its key) reuses them.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Kim, KimView> _kimViews = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Kim, KimSummaryView> _kimSummaries = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Post, PostSummaryView> _postSummaries = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, CategoryView> _categories = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Tag, LinkView> _tagLinks = new();

    /// <summary>The theme's preview image for pages that have no cover image or logo of their own.</summary>
    public const string ThemeShareImage = "assets/share.png";

    /// <summary>The theme's one stylesheet, linked from every page.</summary>
    public const string Stylesheet = "assets/style.css";

    /// <summary>Creates the factory for a site whose post bodies are in <paramref name="bodies"/>.</summary>
    /// <param name="model">The site.</param>
    /// <param name="translations">The theme's UI strings.</param>
    /// <param name="bodies">Where post bodies are kept.</param>
    /// <param name="themeHasShareImage">True when the theme has <see cref="ThemeShareImage"/>.</param>
    public ViewFactory(SiteModel model, Translations translations, Caching.BodyStore bodies, bool themeHasShareImage = false)
    {
        _model = model;
        _t = translations;
        _bodies = bodies;
        var settings = model.Settings;
        _defaultImage = model.LogoPath is { } logo ? Absolute(logo) : themeHasShareImage ? Absolute(ThemeShareImage) : null;
        _site = new SiteView(
            settings.Title,
            settings.Description,
            settings.Kabupaten,
            settings.Language,
            Href(""),
            model.LogoPath is null ? null : Href(model.LogoPath),
            Href("kim/"),
            Href("tag/"),
            Href("feed.xml"),
            Href(Stylesheet),
            new DiskominfoView(settings.Diskominfo.Name, settings.Diskominfo.Address, settings.Diskominfo.Email, settings.Diskominfo.Phone),
            [.. model.Clusters.Select(c => new LinkView(c.Settings.Name, Href(c.Url)))],
            [.. model.Kecamatan.Select(k => new LinkView(k.Settings.Name, Href(k.Url)))],
            [.. model.Pages.Select(p => new LinkView(p.Document.Title, Href(p.Url)))],
            model.Kims.Count);
    }

    /// <summary>The href of a site-relative URL path.</summary>
    public string Href(string urlPath) => _model.Settings.BasePath + LinkResolver.EscapePath(urlPath);

    /// <summary>The absolute URL of a site-relative URL path.</summary>
    /// <remarks>URL paths here are always relative and already clean, so joining text gives the
    /// same result as resolving a <see cref="Uri"/>, without parsing one for every page.</remarks>
    public string Absolute(string urlPath) => _model.Settings.BaseUrl.AbsoluteUri + LinkResolver.EscapePath(urlPath);

    /// <summary>The kabupaten home, page <paramref name="paging"/>.</summary>
    public PageView Home(Paging paging) => new()
    {
        Site = _site,
        Page = Meta("home", paging.Number > 1 ? _t.Get("page_n", paging.Number) : _site.Title, _site.Description, paging.Url, []),
        Posts = Summaries(paging.Items),
        Pagination = Pagination(paging),
        Kims = paging.Number == 1 ? [.. _model.Kims.Select(KimSummary)] : null,
        PostCount = _model.Posts.Count,
        Coverage = Coverage(_model.Kecamatan.Sum(k => k.CoveredDesa), _model.Kecamatan.Sum(k => k.Desa.Count)),
    };

    /// <summary>The KIM directory.</summary>
    public PageView Directory() => new()
    {
        Site = _site,
        Page = Meta("directory", _t.Get("directory_title"), _t.Get("directory_description", _site.Kabupaten), "kim/", [Home()]),
        Kims = [.. _model.Kims.Select(KimSummary)],
        Coverage = Coverage(_model.Kecamatan.Sum(k => k.CoveredDesa), _model.Kecamatan.Sum(k => k.Desa.Count)),
    };

    /// <summary>A cluster page: its KIMs (on the first page) and, paginated, its posts.</summary>
    public PageView Cluster(Cluster cluster, Paging paging) => new()
    {
        Site = _site,
        Page = Meta("cluster", WithPage(cluster.Settings.Name, paging), cluster.Settings.Description ?? _t.Get("cluster_description", cluster.Settings.Name), paging.Url, [Home()]),
        Cluster = new ClusterView(
            cluster.Settings.Name,
            cluster.Settings.Description,
            Href(cluster.Url),
            paging.Number == 1 ? [.. cluster.Kims.Select(KimSummary)] : [],
            cluster.Kims.Count,
            cluster.Posts.Count),
        Posts = Summaries(paging.Items),
        Pagination = Pagination(paging),
    };

    /// <summary>A kecamatan page: its coverage, its desa (on the first page) and, paginated, its posts.</summary>
    public PageView Kecamatan(Kecamatan kecamatan, Paging paging) => new()
    {
        Site = _site,
        Page = Meta("kecamatan", WithPage(_t.Get("kecamatan_title", kecamatan.Settings.Name), paging), _t.Get("kecamatan_description", kecamatan.Settings.Name, _site.Kabupaten), paging.Url, [Home()]),
        Kecamatan = new KecamatanView(
            kecamatan.Settings.Name,
            Href(kecamatan.Url),
            paging.Number == 1 ? [.. kecamatan.Desa.Select(d => new DesaView(d.Settings.Name, d.Settings.Code, [.. d.Kims.Select(k => new LinkView(k.Profile.Name, Href(k.Url)))]))] : [],
            Coverage(kecamatan.CoveredDesa, kecamatan.Desa.Count),
            paging.Number == 1 ? [.. kecamatan.Desa.SelectMany(d => d.Kims).Select(KimSummary)] : []),
        Posts = Summaries(paging.Items),
        Pagination = Pagination(paging),
    };

    /// <summary>A tag page, across the site or within one KIM.</summary>
    public PageView Tag(Tag tag, Kim? kim, Paging paging)
    {
        var first = kim is null ? $"tag/{tag.Slug}/" : $"{kim.Slug}/tag/{tag.Slug}/";
        var title = WithPage(_t.Get("tag_title", tag.Name), paging);
        List<LinkView> crumbs = kim is null
            ? [Home(), new(_t.Get("tags_title"), Href("tag/"))]
            : [Home(), new(kim.Cluster.Settings.Name, Href(kim.Cluster.Url)), new(kim.Profile.Name, Href(kim.Url)), new(_t.Get("tags_title"), Href($"{kim.Slug}/tag/"))];
        return new PageView
        {
            Site = _site,
            Page = Meta("tag", title, _t.Get("tag_description", tag.Name, kim?.Profile.Name ?? _site.Kabupaten), paging.Url, crumbs, kim),
            Tag = new TagView(tag.Name, Href(first), tag.Posts.Count),
            Kim = kim is null ? null : KimFull(kim),
            Posts = Summaries(paging.Items),
            Pagination = Pagination(paging),
        };
    }

    /// <summary>The list of tags, across the site or within one KIM.</summary>
    public PageView TagIndex(Kim? kim) => new()
    {
        Site = _site,
        Page = Meta("tags", _t.Get("tags_title"), _t.Get("tags_description", kim?.Profile.Name ?? _site.Kabupaten), kim is null ? "tag/" : $"{kim.Slug}/tag/",
            kim is null ? [Home()] : [Home(), new(kim.Cluster.Settings.Name, Href(kim.Cluster.Url)), new(kim.Profile.Name, Href(kim.Url))], kim),
        Kim = kim is null ? null : KimFull(kim),
        Tags = kim is null ? [.. _model.Tags.Select(t => TagLink(t, null))] : [.. kim.Tags.Select(t => TagLink(t, kim))],
    };

    /// <summary>A KIM's blog home.</summary>
    public PageView KimHome(Kim kim, Paging paging) => new()
    {
        Site = _site,
        Page = Meta("kim", WithPage(kim.Profile.Name, paging),
            kim.Profile.Description ?? _t.Get("kim_description", kim.Profile.Name, kim.Desa.Settings.Name), paging.Url,
            [Home(), new(kim.Cluster.Settings.Name, Href(kim.Cluster.Url))], kim),
        Kim = KimFull(kim),
        Posts = Summaries(paging.Items),
        Pagination = Pagination(paging),
    };

    /// <summary>A KIM's profile page.</summary>
    public PageView Profile(Kim kim) => new()
    {
        Site = _site,
        Page = Meta("profile", _t.Get("profile_title", kim.Profile.Name), kim.Profile.Description ?? _t.Get("kim_description", kim.Profile.Name, kim.Desa.Settings.Name), kim.ProfileUrl,
            [Home(), new(kim.Cluster.Settings.Name, Href(kim.Cluster.Url)), new(kim.Profile.Name, Href(kim.Url))], kim),
        Kim = KimFull(kim),
    };

    /// <summary>A post page.</summary>
    public PageView Post(Post post, Post? newer, Post? older)
    {
        var document = post.Document;
        var summary = PostSummary(post);
        var claim = document.Claim is { } c
            ? new ClaimView(c.Rating, c.Text, c.Source, c.SourceUrl, c.ArchiveUrl,
                c.Date is { } d ? _t.ShortDate(d.ToInstant(_model.Settings.TimeZone)) : null,
                [.. c.References.Select(r => new LinkView(r.Title, r.Url))])
            : null;
        var shareText = $"{document.Title} {Absolute(post.Url)}";
        var kim = post.Kim;
        var meta = Meta("post", document.Title, post.Summary, post.Url,
            [Home(), new(kim.Cluster.Settings.Name, Href(kim.Cluster.Url)), new(kim.Profile.Name, Href(kim.Url))], kim,
            image: ImageAbsolute(document.Image),
            imageAlt: document.ImageAlt,
            isArticle: true);
        var facts = new StructuredData.PostFacts(
            meta.CanonicalUrl,
            document.Title,
            post.Summary,
            document.Category,
            _model.Settings.Language,
            post.Date,
            post.Updated,
            meta.ImageUrl,
            document.Author,
            [.. post.Tags.Select(t => t.Name)],
            new StructuredData.Publisher(kim.Profile.Name, Absolute(kim.Url), (kim.Profile.LogoPath ?? _model.LogoPath) is { } logo ? Absolute(logo) : null),
            document.Claim is { } info
                ? new StructuredData.ClaimFacts(info.Rating, info.Text, info.Source, info.SourceUrl, info.ArchiveUrl, info.Date?.ToInstant(_model.Settings.TimeZone))
                : null);
        return new PageView
        {
            Site = _site,
            Page = meta,
            Kim = KimFull(kim),
            Post = new PostView(
                summary,
                Body(document),
                document.Author,
                post.HasTime ? _t.Time(post.Date) : null,
                post.Updated is { } u ? _t.Date(u) : null,
                post.Updated?.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                Math.Max(1, (int)Math.Round(document.WordCount / 200.0)),
                claim,
                newer is null ? null : new LinkView(newer.Document.Title, Href(newer.Url)),
                older is null ? null : new LinkView(older.Document.Title, Href(older.Url)),
                "https://wa.me/?text=" + Uri.EscapeDataString(shareText),
                new TrustedHtml(StructuredData.ForPost(facts))),
        };
    }

    /// <summary>A static page of a KIM or of the kabupaten.</summary>
    public PageView StaticPage(Page page) => new()
    {
        Site = _site,
        Page = Meta("page", page.Document.Title, page.Document.Summary ?? page.Document.Excerpt, page.Url,
            page.Kim is null ? [Home()] : [Home(), new(page.Kim.Cluster.Settings.Name, Href(page.Kim.Cluster.Url)), new(page.Kim.Profile.Name, Href(page.Kim.Url))], page.Kim),
        Kim = page.Kim is null ? null : KimFull(page.Kim),
        Body = Body(page.Document),
    };

    /// <summary>The "page not found" page.</summary>
    public PageView NotFound() => new()
    {
        Site = _site,
        Page = Meta("404", _t.Get("not_found_title"), _t.Get("not_found_description"), "404.html", [Home()]) with { NoIndex = true },
        Kims = [.. _model.Kims.Select(KimSummary)],
    };

    private LinkView Home() => new(_t.Get("home"), Href(""));

    private TrustedHtml Body(Content.PostDocument document)
    {
        var body = document.Body;
        return new TrustedHtml(body.Length, body.Hash, destination => _bodies.CopyTo(body, destination));
    }

    private string WithPage(string title, Paging paging) =>
        paging.Number > 1 ? $"{title} — {_t.Get("page_n", paging.Number)}" : title;

    private PageMetaView Meta(string kind, string title, string description, string urlPath, IReadOnlyList<LinkView> crumbs, Kim? kim = null, string? image = null, string? imageAlt = null, bool isArticle = false)
    {
        // A cover image, else the KIM's logo, else the site's default (the kabupaten logo or the theme's image).
        var (fallback, fallbackAlt) = kim?.Profile.LogoPath is { } kimLogo
            ? (Absolute(kimLogo), "Logo " + kim.Profile.Name)
            : (_defaultImage, _model.LogoPath is null ? _site.Title : "Logo " + _site.Kabupaten);
        return new PageMetaView(
            kind,
            title,
            description,
            Href(urlPath),
            Absolute(urlPath),
            image ?? fallback,
            image is null ? fallbackAlt : imageAlt,
            kim is null ? _site.FeedUrl : Href($"{kim.Slug}/feed.xml"),
            kim is null ? _site.Title : kim.Profile.Name,
            crumbs,
            isArticle,
            NoIndex: false);
    }

    private string? ImageAbsolute(string? image) =>
        image is null ? null : LinkResolver.SchemeOf(image) is "http" or "https" ? image : Absolute(image);

    private string? ImageHref(string? image) =>
        image is null ? null : LinkResolver.SchemeOf(image) is "http" or "https" ? image : Href(image);

    private List<PostSummaryView> Summaries(IEnumerable<Post> posts) => [.. posts.Select(PostSummary)];

    private PostSummaryView PostSummary(Post post) => _postSummaries.GetOrAdd(post, CreatePostSummary);

    // Every post's summary stays in memory until the build ends (its card is cached): what many
    // posts share — their KIM's URL, a category, a tag's link — is one object, not one per post.
    private PostSummaryView CreatePostSummary(Post post) => new(
        post.Document.Title,
        Href(post.Url),
        _t.Date(post.Date),
        Iso(post.Date),
        post.Summary,
        post.Kim.Profile.Name,
        KimSummary(post.Kim).Url,
        post.Kim.Desa.Settings.Name,
        ImageHref(post.Document.Image),
        post.Document.ImageAlt,
        _categories.GetOrAdd(post.Document.Category, c => new CategoryView(c, _t.Find("category_" + c) ?? Capitalize(c))),
        post.Tags.Count == 0 ? [] : [.. post.Tags.Select(t => _tagLinks.GetOrAdd(t, tag => new LinkView(tag.Name, Href($"tag/{tag.Slug}/"))))],
        post.IsDraft,
        post.IsFuture);

    private KimSummaryView KimSummary(Kim kim) => _kimSummaries.GetOrAdd(kim, CreateKimSummary);

    private KimSummaryView CreateKimSummary(Kim kim) => new(
        kim.Profile.Name,
        Href(kim.Url),
        Href(kim.ProfileUrl),
        kim.Desa.Settings.Name,
        kim.Desa.Settings.Code,
        new LinkView(kim.Desa.Kecamatan.Settings.Name, Href(kim.Desa.Kecamatan.Url)),
        new LinkView(kim.Cluster.Settings.Name, Href(kim.Cluster.Url)),
        kim.Posts.Count,
        kim.LastPost is { } last ? _t.ShortDate(last.Date) : null,
        kim.LastPost is { } l ? Iso(l.Date) : null,
        kim.Profile.LogoPath is null ? null : Href(kim.Profile.LogoPath));

    private KimView KimFull(Kim kim) => _kimViews.GetOrAdd(kim, CreateKimFull);

    private KimView CreateKimFull(Kim kim)
    {
        var profile = kim.Profile;
        var whatsapp = profile.Contact.WhatsApp;
        return new KimView(
            KimSummary(kim),
            profile.Description,
            profile.Established is { } e ? _t.ShortDate(new DateTimeOffset(e.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null,
            profile.Sk is { } sk ? new DecreeView(sk.Number, sk.Date is { } d ? _t.ShortDate(new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)) : null, sk.Issuer) : null,
            [.. profile.Members.Select(m => new MemberView(m.Name, m.Role))],
            profile.Contact.Email,
            whatsapp,
            whatsapp is null ? null : WhatsAppLink(whatsapp),
            [.. profile.Social.Select(s => new SocialView(s.Network, _t.Find("social_" + s.Network) ?? Capitalize(s.Network), s.Url))],
            [.. kim.Pages.Select(p => new LinkView(p.Document.Title, Href(p.Url)))],
            [.. kim.Tags.Select(t => TagLink(t, kim))],
            Href($"{kim.Slug}/tag/"),
            Href($"{kim.Slug}/feed.xml"));
    }

    private TagView TagLink(Tag tag, Kim? kim) =>
        new(tag.Name, Href(kim is null ? $"tag/{tag.Slug}/" : $"{kim.Slug}/tag/{tag.Slug}/"), tag.Posts.Count);

    private CoverageView Coverage(int covered, int total)
    {
        var percent = total == 0 ? 0 : (int)Math.Round(100.0 * covered / total);
        return new CoverageView(covered, total, percent, _t.Get("coverage", covered, total, percent));
    }

    private PaginationView? Pagination(Paging paging)
    {
        if (paging.Total <= 1)
        {
            return null;
        }

        // A window around the current page plus the first and last, with gaps (Number 0)
        // between: a list of 4,000 pages must not put 4,000 links on each of them.
        var numbers = new SortedSet<int> { 1, paging.Total };
        for (var n = Math.Max(1, paging.Number - 2); n <= Math.Min(paging.Total, paging.Number + 2); n++)
        {
            numbers.Add(n);
        }

        var pages = new List<PageNumberView>();
        var previous = 0;
        foreach (var n in numbers)
        {
            if (n > previous + 1)
            {
                pages.Add(new PageNumberView(0, "", false));
            }

            pages.Add(new PageNumberView(n, Href(UrlPaths.Paged(paging.FirstUrl, n)), n == paging.Number));
            previous = n;
        }

        return new PaginationView(
            paging.Number,
            paging.Total,
            paging.Number > 1 ? Href(UrlPaths.Paged(paging.FirstUrl, paging.Number - 1)) : null,
            paging.Number < paging.Total ? Href(UrlPaths.Paged(paging.FirstUrl, paging.Number + 1)) : null,
            pages);
    }

    /// <summary>wa.me wants the number in international form without "+": 0812… becomes 62812….</summary>
    private static string? WhatsAppLink(string number)
    {
        var digits = new string([.. number.Where(char.IsAsciiDigit)]);
        if (digits.StartsWith('0'))
        {
            digits = "62" + digits[1..];
        }

        return digits.Length is >= 8 and <= 15 ? "https://wa.me/" + digits : null;
    }

    private static string Iso(DateTimeOffset date) => date.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static string Capitalize(string slug) =>
        string.Join(' ', slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
