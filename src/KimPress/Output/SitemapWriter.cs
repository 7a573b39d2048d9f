using System.Globalization;
using System.Text;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Output;

/// <summary>Writes sitemap.xml (sitemaps.org 0.9) and robots.txt.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>
    /// The sitemap of every page meant for search engines, in plan order. Written by hand rather
    /// than with XmlWriter (the same bytes, a tenth of the time: it is tens of thousands of
    /// entries on every build, also when nothing else changed).
    /// </summary>
    public static byte[] Sitemap(IEnumerable<PlannedPage> pages, ViewFactory views)
    {
        var xml = new StringBuilder(1 << 16);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"").Append(Namespace).Append("\">");
        foreach (var page in pages.Where(p => p.InSitemap))
        {
            xml.Append("\n  <url>\n    <loc>");
            AppendEscaped(xml, views.Absolute(page.UrlPath));
            xml.Append("</loc>");
            if (page.LastModified is { } modified)
            {
                xml.Append("\n    <lastmod>").Append(modified.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)).Append("</lastmod>");
            }

            xml.Append("\n  </url>");
        }

        xml.Append("\n</urlset>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    // Element text: what XmlWriter escapes there.
    private static void AppendEscaped(StringBuilder xml, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => xml.Append("&amp;"),
                '<' => xml.Append("&lt;"),
                '>' => xml.Append("&gt;"),
                _ => xml.Append(c),
            };
        }
    }

    /// <summary>robots.txt: everything may be crawled; the sitemap is named.</summary>
    public static byte[] Robots(ViewFactory views) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {views.Absolute("sitemap.xml")}\n");
}
