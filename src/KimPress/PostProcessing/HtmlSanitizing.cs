using AngleSharp.Dom;
using Ganss.Xss;

namespace KimPress.PostProcessing;

/// <summary>
/// The allowlist every piece of member-written HTML passes through (HtmlSanitizer, on
/// AngleSharp's DOM). All KIMs share one origin, so nothing that can run script survives:
/// no script, style, event handlers, forms, objects, base or meta, and only http(s), mailto:,
/// tel: addresses (data: only for raster images). An iframe survives only when its https
/// address is on the embed allowlist, and then sandboxed. Thread-safe once built.
/// </summary>
public sealed class HtmlSanitizing
{
    /// <summary>The embeds allowed by default: YouTube videos and Google Maps.</summary>
    public static readonly IReadOnlyList<string> DefaultEmbedPrefixes =
    [
        "https://www.youtube.com/embed/",
        "https://www.youtube-nocookie.com/embed/",
        "https://www.google.com/maps/embed",
        "https://maps.google.com/maps",
    ];

    private static readonly string[] RasterDataPrefixes =
        ["data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;", "data:image/avif;"];

    private readonly HtmlSanitizerOptions _options;
    private readonly IReadOnlyList<string> _embedPrefixes;

    /// <summary>Builds the sanitizer with the embed allowlist.</summary>
    public HtmlSanitizing(IReadOnlyList<string>? embedPrefixes = null)
    {
        _embedPrefixes = embedPrefixes ?? DefaultEmbedPrefixes;
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(HtmlSanitizerDefaults.AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(HtmlSanitizerDefaults.AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel", "data"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(HtmlSanitizerDefaults.UriAttributes, StringComparer.OrdinalIgnoreCase),
        };
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "textarea", "style", "base", "meta", "link", "object", "embed", "applet", "frame", "frameset", "svg", "math", "template" })
        {
            options.AllowedTags.Remove(tag);
        }

        // Task lists are Markdig's own output; checkboxes stay, read-only.
        options.AllowedTags.Add("input");
        options.AllowedTags.Add("iframe");
        foreach (var attribute in new[] { "id", "class", "loading", "decoding", "allowfullscreen", "title", "type", "checked", "disabled" })
        {
            options.AllowedAttributes.Add(attribute);
        }

        options.AllowedAttributes.Remove("style");
        options.UriAttributes.Add("src");
        _options = options;
    }

    /// <summary>
    /// Returns <paramref name="html"/> with everything outside the allowlist removed, and the
    /// names of what was removed ("script", "onerror", "href=javascript:…"), so the author can be told.
    /// </summary>
    public (string Html, IReadOnlyList<string> Removed) Sanitize(string html)
    {
        // A sanitizer per call: its events report into this call's list, with no shared state.
        var removed = new List<string>();
        var sanitizer = new HtmlSanitizer(_options);
        sanitizer.RemovingTag += (_, e) => removed.Add("<" + e.Tag.LocalName + ">");
        sanitizer.RemovingAttribute += (_, e) => removed.Add(e.Attribute.Name);
        sanitizer.RemovingStyle += (_, e) => removed.Add("style");
        sanitizer.RemovingComment += (_, _) => { };
        sanitizer.PostProcessNode += (_, e) => Review(e.Node, removed);
        var result = sanitizer.Sanitize(html);
        return (result, [.. removed.Distinct().Order(StringComparer.Ordinal)]);
    }

    private void Review(INode node, List<string> removed)
    {
        if (node is not IElement element)
        {
            return;
        }

        switch (element.LocalName)
        {
            case "input":
                if (!string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
                {
                    removed.Add("<input>");
                    element.Remove();
                    return;
                }

                element.SetAttribute("disabled", "disabled");
                break;
            case "iframe":
                var src = element.GetAttribute("src") ?? "";
                if (!_embedPrefixes.Any(prefix => src.StartsWith(prefix, StringComparison.Ordinal)))
                {
                    removed.Add("<iframe>");
                    element.Remove();
                    return;
                }

                element.SetAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-presentation");
                element.SetAttribute("loading", "lazy");
                element.SetAttribute("referrerpolicy", "strict-origin-when-cross-origin");
                break;
            case "img":
                element.SetAttribute("loading", "lazy");
                element.SetAttribute("decoding", "async");
                break;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (attribute.Value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase)
                && !(element.LocalName == "img" && attribute.Name == "src" && RasterDataPrefixes.Any(p => attribute.Value.TrimStart().StartsWith(p, StringComparison.OrdinalIgnoreCase))))
            {
                removed.Add(attribute.Name + "=data:");
                element.RemoveAttribute(attribute.Name);
            }
        }
    }
}
