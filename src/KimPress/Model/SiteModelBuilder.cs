using KimPress.Configuration;
using KimPress.Content;
using KimPress.Diagnostics;
using KimPress.Text;

namespace KimPress.Model;

/// <summary>What the model includes besides published posts.</summary>
/// <param name="IncludeDrafts">Include posts marked <c>draft: true</c>.</param>
/// <param name="IncludeFuture">Include posts dated after <paramref name="Now"/>.</param>
/// <param name="Now">The build's "now": posts after it are in the future (compared as instants, so the site's time zone decides).</param>
public sealed record ModelOptions(bool IncludeDrafts, bool IncludeFuture, DateTimeOffset Now);

/// <summary>
/// The model stage: resolves each KIM's references to site.yml (cluster, kecamatan, desa),
/// leaves out drafts and future posts, and builds the sorted lists every page needs.
/// </summary>
public static class SiteModelBuilder
{
    /// <summary>Newest first; ties by KIM, then slug, so the order never depends on parse order.</summary>
    public static readonly Comparison<Post> NewestFirst = (a, b) =>
    {
        var byDate = b.Date.CompareTo(a.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byKim = string.CompareOrdinal(a.Kim.Slug, b.Kim.Slug);
        return byKim != 0 ? byKim : string.CompareOrdinal(a.Document.Slug, b.Document.Slug);
    };

    /// <summary>Builds the model of the whole site.</summary>
    public static SiteModel Build(SiteSettings settings, ParsedContent content, ModelOptions options, DiagnosticBag diagnostics)
    {
        var clusters = settings.Clusters.Select(c => new Cluster(c)).ToList();
        var kecamatan = settings.Kecamatan.Select(k => new Kecamatan(k)).ToList();
        foreach (var kec in kecamatan)
        {
            kec.Desa.AddRange(kec.Settings.Desa.Select(d => new Desa(d, kec)));
        }

        var kims = new List<Kim>();
        var allPosts = new List<Post>();
        foreach (var parsed in content.Kims)
        {
            var kim = ResolveKim(parsed, clusters, kecamatan, diagnostics);
            if (kim is null)
            {
                continue;
            }

            foreach (var document in parsed.Posts)
            {
                var post = CreatePost(kim, document, settings, options);
                if (post is not null)
                {
                    kim.Posts.Add(post);
                }
            }

            kim.Posts.Sort(NewestFirst);
            kim.Pages.AddRange(Published(parsed.Pages, kim, options));
            kims.Add(kim);
            kim.Desa.Kims.Add(kim);
            kim.Cluster.Kims.Add(kim);
            allPosts.AddRange(kim.Posts);
        }

        allPosts.Sort(NewestFirst);
        var tags = AssignTags(allPosts, kims);
        foreach (var post in allPosts)
        {
            post.Kim.Cluster.Posts.Add(post);
            post.Kim.Desa.Kecamatan.Posts.Add(post);
        }

        var byName = Comparer<Kim>.Create((a, b) =>
        {
            var c = string.Compare(a.Profile.Name, b.Profile.Name, StringComparison.OrdinalIgnoreCase);
            return c != 0 ? c : string.CompareOrdinal(a.Slug, b.Slug);
        });
        kims.Sort(byName);
        foreach (var cluster in clusters)
        {
            cluster.Kims.Sort(byName);
        }

        return new SiteModel
        {
            Settings = settings,
            Clusters = clusters,
            Kecamatan = kecamatan,
            Kims = kims,
            Posts = allPosts,
            Tags = tags,
            Pages = [.. Published(content.KabupatenPages, null, options)],
            Assets = content.Assets,
            LogoPath = ResolveLogo(settings, content, diagnostics),
        };
    }

    /// <summary>Static pages that are published (drafts only with --drafts), by slug.</summary>
    private static IEnumerable<Page> Published(IEnumerable<PostDocument> pages, Kim? kim, ModelOptions options) =>
        pages.Where(p => options.IncludeDrafts || !p.Draft).OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new Page(kim, p));

    private static Kim? ResolveKim(ParsedKim parsed, List<Cluster> clusters, List<Kecamatan> kecamatan, DiagnosticBag diagnostics)
    {
        if (parsed.Profile is not { } profile)
        {
            return null;
        }

        var cluster = clusters.Find(c => c.Settings.Slug.Value == profile.Cluster.Value);
        if (cluster is null)
        {
            var names = clusters.Select(c => c.Settings.Slug.Value).ToList();
            diagnostics.Report(DiagnosticCodes.UnknownCluster, profile.Cluster.Location, profile.Cluster.Value, DidYouMean(profile.Cluster.Value, names), string.Join(", ", names));
        }

        var kec = kecamatan.Find(k => k.Settings.Slug.Value == profile.Kecamatan.Value)
            ?? kecamatan.Find(k => string.Equals(k.Settings.Name, profile.Kecamatan.Value, StringComparison.OrdinalIgnoreCase));
        if (kec is null)
        {
            var names = kecamatan.Select(k => k.Settings.Slug.Value).ToList();
            diagnostics.Report(DiagnosticCodes.UnknownKecamatan, profile.Kecamatan.Location, profile.Kecamatan.Value, DidYouMean(profile.Kecamatan.Value, names), string.Join(", ", names));
            return null;
        }

        var desa = kec.Desa.Find(d => string.Equals(d.Settings.Name, profile.Desa.Value, StringComparison.OrdinalIgnoreCase));
        if (desa is null)
        {
            var names = kec.Desa.Select(d => d.Settings.Name).ToList();
            diagnostics.Report(DiagnosticCodes.UnknownDesa, profile.Desa.Location, profile.Desa.Value, kec.Settings.Name, DidYouMean(profile.Desa.Value, names), string.Join(", ", names));
            return null;
        }

        return cluster is null ? null : new Kim { Slug = parsed.Folder.Slug, Profile = profile, Desa = desa, Cluster = cluster };
    }

    private static Post? CreatePost(Kim kim, PostDocument document, SiteSettings settings, ModelOptions options)
    {
        var date = document.Date!.Value.ToInstant(settings.TimeZone);
        var isFuture = date > options.Now;
        if ((document.Draft && !options.IncludeDrafts) || (isFuture && !options.IncludeFuture))
        {
            return null;
        }

        return new Post
        {
            Kim = kim,
            Document = document,
            Date = TimeZoneInfo.ConvertTime(date, settings.TimeZone),
            HasTime = document.Date.Value.HasTime,
            Updated = document.Updated is { } updated ? TimeZoneInfo.ConvertTime(updated.ToInstant(settings.TimeZone), settings.TimeZone) : null,
            IsFuture = isFuture,
        };
    }

    private static List<Tag> AssignTags(List<Post> posts, List<Kim> kims)
    {
        var site = new Dictionary<string, Tag>(StringComparer.Ordinal);
        var perKim = kims.ToDictionary(k => k, _ => new Dictionary<string, Tag>(StringComparer.Ordinal));

        // Tens of thousands of posts share a few dozen tags: each spelling is slugified once.
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in posts)
        {
            foreach (var text in post.Document.Tags)
            {
                if (!slugs.TryGetValue(text, out var slug))
                {
                    slug = Slug.Slugify(text);
                    slugs[text] = slug;
                }

                if (post.Tags.Any(t => t.Slug == slug))
                {
                    continue;
                }

                var tag = site.TryGetValue(slug, out var existing) ? existing : site[slug] = new Tag(slug, text.Trim().ToLowerInvariant());
                tag.Posts.Add(post);
                post.Tags.Add(tag);
                var kimTags = perKim[post.Kim];
                var kimTag = kimTags.TryGetValue(slug, out var k) ? k : kimTags[slug] = new Tag(slug, tag.Name);
                kimTag.Posts.Add(post);
            }
        }

        foreach (var kim in kims)
        {
            kim.Tags.AddRange(perKim[kim].Values.OrderBy(t => t.Slug, StringComparer.Ordinal));
        }

        return [.. site.Values.OrderBy(t => t.Slug, StringComparer.Ordinal)];
    }

    private static string? ResolveLogo(SiteSettings settings, ParsedContent content, DiagnosticBag diagnostics)
    {
        if (settings.Logo is null)
        {
            return null;
        }

        var path = settings.Logo.TrimStart('/');
        if (content.Assets.Any(a => a.OutputPath == path))
        {
            return path;
        }

        diagnostics.Report(DiagnosticCodes.FileNotFound, new SourceLocation(SiteConfigLoader.FileName), $"content/{ContentDiscoverer.KabupatenFolder}/{path}");
        return null;
    }

    private static Phrase DidYouMean(string value, IEnumerable<string> candidates) =>
        Phrase.DidYouMean(Suggestions.Closest(value, candidates));
}
