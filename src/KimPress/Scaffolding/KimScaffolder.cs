using KimPress.Configuration;
using KimPress.Content;
using KimPress.Diagnostics;
using KimPress.Text;

namespace KimPress.Scaffolding;

/// <summary>What <c>kimpress new kim</c> was asked for.</summary>
public sealed record KimRequest
{
    /// <summary>The site's folder (with site.yml and content/).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>The KIM's folder name, which becomes its address.</summary>
    public required string Slug { get; init; }

    /// <summary>The KIM's name; derived from the slug when not given.</summary>
    public string? Name { get; init; }

    /// <summary>The desa or kelurahan, as site.yml spells it (any case).</summary>
    public string? Desa { get; init; }

    /// <summary>The kecamatan: its slug or its name.</summary>
    public string? Kecamatan { get; init; }

    /// <summary>The cluster: its slug or its name.</summary>
    public string? Cluster { get; init; }
}

/// <summary>
/// <c>kimpress new kim</c>: creates <c>content/&lt;slug&gt;/kim.yml</c>, every key explained, and
/// <c>posts/</c>. Values given as options are checked against site.yml; required keys not given
/// are left empty, so the build names each one (KP0004) until the member fills it. Nothing that
/// exists is ever replaced.
/// </summary>
public static class KimScaffolder
{
    /// <summary>Creates the KIM, or reports why not (and writes nothing).</summary>
    public static ScaffoldResult Create(KimRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var site = ScaffoldSite.Load(request.SourceDirectory, diagnostics);
        if (site is null)
        {
            return ScaffoldSite.Failed(diagnostics, site);
        }

        var slug = request.Slug.Trim();
        var directory = Path.Combine(site.ContentDirectory, slug);
        var display = $"content/{slug}";
        if (!Text.Slug.IsValid(slug))
        {
            // Nothing usable to slugify ("!!!"): show the shape of a KIM slug instead.
            var suggestion = PostScaffolder.SlugFromTitle(slug) is null ? "kim-nama-desa" : Text.Slug.Slugify(slug);
            diagnostics.Report(DiagnosticCodes.InvalidNewKimSlug, new SourceLocation(display), slug, suggestion);
            return ScaffoldSite.Failed(diagnostics, site);
        }

        if (ContentDiscoverer.ReservedSlugs.Contains(slug))
        {
            diagnostics.Report(DiagnosticCodes.ReservedKimFolder, new SourceLocation(display), slug, string.Join(", ", ContentDiscoverer.ReservedSlugs));
            return ScaffoldSite.Failed(diagnostics, site);
        }

        var profile = Path.Combine(directory, "kim.yml");
        if (File.Exists(profile) || Directory.Exists(profile))
        {
            diagnostics.Report(DiagnosticCodes.KimExists, new SourceLocation(site.Display(profile)), slug);
        }

        var (kecamatan, desa) = ResolvePlace(site.Settings, request.Kecamatan, request.Desa, diagnostics);
        var cluster = ResolveCluster(site.Settings, request.Cluster, diagnostics);
        if (diagnostics.HasErrors)
        {
            return ScaffoldSite.Failed(diagnostics, site);
        }

        var values = new KimValues(
            string.IsNullOrWhiteSpace(request.Name) ? NameFromSlug(slug) : request.Name.Trim(),
            desa?.Name, kecamatan?.Slug.Value, cluster?.Slug.Value);
        if (!site.TryWriteNew(profile, KimTemplate.Render(slug, values, site.Settings), diagnostics))
        {
            return ScaffoldSite.Failed(diagnostics, site);
        }

        List<string> created = [site.Display(profile)];

        // Git keeps no empty folders: a hidden placeholder (discovery ignores hidden files)
        // keeps posts/ in the repository until the first post arrives.
        var posts = Path.Combine(directory, "posts");
        if (!Directory.Exists(posts) && site.TryWriteNew(Path.Combine(posts, ".gitkeep"), "", diagnostics))
        {
            created.Add(site.Display(posts) + "/");
        }

        return new ScaffoldResult
        {
            Diagnostics = diagnostics.Sorted(),
            Created = created,
            Unfilled = [.. new[] { ("desa", values.Desa), ("kecamatan", values.Kecamatan), ("cluster", values.Cluster) }.Where(v => v.Item2 is null).Select(v => v.Item1)],
            Language = site.Settings.Language,
        };
    }

    /// <summary>"kim-sumber-makmur" → "KIM Sumber Makmur": a name to start from, the member corrects it.</summary>
    public static string NameFromSlug(string slug)
    {
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "kim" ? "KIM" : char.ToUpperInvariant(w[0]) + w[1..])
            .ToList();
        if (words.Count == 0 || words[0] != "KIM")
        {
            words.Insert(0, "KIM");
        }

        return string.Join(' ', words);
    }

    private static (KecamatanSettings? Kecamatan, DesaSettings? Desa) ResolvePlace(SiteSettings settings, string? kecamatanText, string? desaText, DiagnosticBag diagnostics)
    {
        KecamatanSettings? kecamatan = null;
        if (!string.IsNullOrWhiteSpace(kecamatanText))
        {
            var wanted = kecamatanText.Trim();
            kecamatan = settings.Kecamatan.FirstOrDefault(k => k.Slug.Value.Equals(wanted, StringComparison.OrdinalIgnoreCase) || k.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
            if (kecamatan is null)
            {
                var suggestion = Suggestions.Closest(wanted, settings.Kecamatan.SelectMany(k => new[] { k.Slug.Value, k.Name }));
                var suggestedSlug = settings.Kecamatan.FirstOrDefault(k => k.Slug.Value == suggestion || k.Name == suggestion)?.Slug.Value;
                diagnostics.Report(DiagnosticCodes.UnknownKecamatan, new SourceLocation("--kecamatan"), wanted, Phrase.DidYouMean(suggestedSlug),
                    string.Join(", ", settings.Kecamatan.Select(k => k.Slug.Value)));
                return (null, null);
            }
        }

        if (string.IsNullOrWhiteSpace(desaText))
        {
            return (kecamatan, null);
        }

        var desaName = desaText.Trim();
        if (kecamatan is not null)
        {
            var desa = kecamatan.Desa.FirstOrDefault(d => d.Name.Equals(desaName, StringComparison.OrdinalIgnoreCase));
            if (desa is null)
            {
                diagnostics.Report(DiagnosticCodes.UnknownDesa, new SourceLocation("--desa"), desaName, kecamatan.Name,
                    Phrase.DidYouMean(Suggestions.Closest(desaName, kecamatan.Desa.Select(d => d.Name))), string.Join(", ", kecamatan.Desa.Select(d => d.Name)));
            }

            return (kecamatan, desa);
        }

        // No kecamatan given: the desa's own kecamatan, when only one lists it.
        var matches = settings.Kecamatan
            .SelectMany(k => k.Desa.Where(d => d.Name.Equals(desaName, StringComparison.OrdinalIgnoreCase)).Select(d => (Kecamatan: k, Desa: d)))
            .ToList();
        switch (matches.Count)
        {
            case 1:
                return (matches[0].Kecamatan, matches[0].Desa);
            case 0:
                diagnostics.Report(DiagnosticCodes.DesaNotListed, new SourceLocation("--desa"), desaName,
                    Phrase.DidYouMean(Suggestions.Closest(desaName, settings.Kecamatan.SelectMany(k => k.Desa.Select(d => d.Name)))));
                return (null, null);
            default:
                diagnostics.Report(DiagnosticCodes.AmbiguousDesa, new SourceLocation("--desa"), desaName,
                    string.Join(", ", matches.Select(m => m.Kecamatan.Slug.Value)), matches[0].Kecamatan.Slug.Value);
                return (null, null);
        }
    }

    private static ClusterSettings? ResolveCluster(SiteSettings settings, string? text, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            // With one cluster there is nothing to choose.
            return settings.Clusters.Count == 1 ? settings.Clusters[0] : null;
        }

        var wanted = text.Trim();
        var cluster = settings.Clusters.FirstOrDefault(c => c.Slug.Value.Equals(wanted, StringComparison.OrdinalIgnoreCase) || c.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
        if (cluster is null)
        {
            var suggestion = Suggestions.Closest(wanted, settings.Clusters.SelectMany(c => new[] { c.Slug.Value, c.Name }));
            var suggestedSlug = settings.Clusters.FirstOrDefault(c => c.Slug.Value == suggestion || c.Name == suggestion)?.Slug.Value;
            diagnostics.Report(DiagnosticCodes.UnknownCluster, new SourceLocation("--cluster"), wanted, Phrase.DidYouMean(suggestedSlug),
                string.Join(", ", settings.Clusters.Select(c => c.Slug.Value)));
        }

        return cluster;
    }
}

/// <summary>The values a new kim.yml starts with; null ones are left for the member.</summary>
internal sealed record KimValues(string Name, string? Desa, string? Kecamatan, string? Cluster);
