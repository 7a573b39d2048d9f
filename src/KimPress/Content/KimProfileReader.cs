using KimPress.Diagnostics;
using KimPress.Markdown;
using KimPress.Yaml;

namespace KimPress.Content;

/// <summary>Reads one kim.yml into a <see cref="KimProfile"/>. References to site.yml are checked later, in the model.</summary>
public static class KimProfileReader
{
    private static readonly string[] Keys =
        ["name", "desa", "kecamatan", "cluster", "established", "sk", "members", "contact", "social", "logo", "description"];

    private static readonly string[] SocialNetworks = ["facebook", "instagram", "youtube", "tiktok", "x", "website"];

    /// <summary>Reads <paramref name="folder"/>'s kim.yml; null when it is missing or has errors.</summary>
    public static KimProfile? Read(KimFolder folder, string displayPath, LinkResolver links, Configuration.LimitSettings limits, DiagnosticBag diagnostics)
    {
        if (folder.ProfilePath is null)
        {
            return null;
        }

        var text = SourceText.Read(folder.ProfilePath, displayPath, diagnostics, limits.MaxFileKb * 1024);
        var root = text is null ? null : YamlSource.LoadMapping(text, displayPath, 1, diagnostics, limits.MaxNesting);
        if (root is null)
        {
            return null;
        }

        var map = new YamlMap(root, displayPath, 1, diagnostics, Keys);
        var name = map.Text("name", required: true, example: "KIM Sukamaju");
        var desa = map.Text("desa", required: true, example: "Kalianyar");
        var kecamatan = map.Text("kecamatan", required: true, example: "bangil");
        var cluster = map.Text("cluster", required: true, example: "klaster-utara");
        var established = map.Date("established");
        var sk = map.Map("sk", ["number", "date", "issuer"], example: "{ number: \"188/45/2022\", date: 2022-12-01, issuer: Kepala Desa }");
        var members = map.MapList("members", ["name", "role"], "{ name: Siti Aminah, role: Ketua }")
            .Select(m => (Name: m.Text("name", required: true), Role: m.Text("role")))
            .Where(m => m.Name is not null)
            .Select(m => new MemberInfo(m.Name!, m.Role))
            .ToList();
        var contact = map.Map("contact", ["email", "whatsapp", "phone"], example: "{ email: kim@contoh.id, whatsapp: \"081234567890\" }");
        var social = map.Map("social", SocialNetworks, example: "{ facebook: https://facebook.com/... }");
        var logo = map.Text("logo", example: "logo.png");
        var description = map.Text("description");

        var socialLinks = new List<SocialLink>();
        foreach (var network in SocialNetworks)
        {
            var url = social?.Text(network);
            if (url is null)
            {
                continue;
            }

            if (LinkResolver.SchemeOf(url) is "http" or "https")
            {
                socialLinks.Add(new SocialLink(network, url));
            }
            else
            {
                diagnostics.Report(DiagnosticCodes.UnsafeUrl, social!.LocationOf(network), url);
            }
        }

        string? logoPath = null;
        if (logo is not null)
        {
            var (outcome, _) = links.Resolve(logo, folder.Directory, folder.Directory);
            logoPath = outcome == LinkOutcome.Rewritten ? links.PublishedPath(Path.Combine(folder.Directory, logo)) : null;
            if (logoPath is null)
            {
                diagnostics.Report(DiagnosticCodes.FileNotFound, map.LocationOf("logo"), logo);
            }
        }

        if (diagnostics.HasErrors || name is null || desa is null || kecamatan is null || cluster is null)
        {
            return null;
        }

        return new KimProfile
        {
            Name = name,
            Desa = new Located<string>(desa, map.LocationOf("desa")),
            Kecamatan = new Located<string>(kecamatan, map.LocationOf("kecamatan")),
            Cluster = new Located<string>(cluster, map.LocationOf("cluster")),
            Established = established is { } e ? DateOnly.FromDateTime(e.Value) : null,
            Sk = sk is null ? null : new DecreeInfo(sk.Text("number"), sk.Date("date") is { } d ? DateOnly.FromDateTime(d.Value) : null, sk.Text("issuer")),
            Members = members,
            Contact = new ContactInfo(contact?.Text("email"), contact?.Text("whatsapp") ?? contact?.Text("phone")),
            Social = socialLinks,
            LogoPath = logoPath,
            Description = description,
        };
    }
}
