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
    /// <remarks>
    /// Written straight into UTF-8 (no string of the whole sitemap, which at 130,000 pages is tens
    /// of megabytes on the large object heap twice over).
    /// </remarks>
    public static ReadOnlyMemory<byte> Sitemap(IReadOnlyCollection<PlannedPage> pages, ViewFactory views)
    {
        var xml = new Text.Utf8Writer(1024 + (pages.Count * 160));
        Span<char> date = stackalloc char[32];
        xml.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"");
        xml.Write(Namespace);
        xml.Write("\">");
        foreach (var page in pages.Where(p => p.InSitemap))
        {
            xml.Write("\n  <url>\n    <loc>");
            WriteEscaped(xml, views.Absolute(page.UrlPath));
            xml.Write("</loc>");
            if (page.LastModified is { } modified)
            {
                xml.Write("\n    <lastmod>");
                modified.TryFormat(date, out var length, "yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
                xml.Write(date[..length]);
                xml.Write("</lastmod>");
            }

            xml.Write("\n  </url>");
        }

        xml.Write("\n</urlset>");
        xml.Flush();
        return xml.WrittenMemory;
    }

    // Element text: what XmlWriter escapes there.
    private static void WriteEscaped(Text.Utf8Writer xml, string text)
    {
        var rest = text.AsSpan();
        for (var i = rest.IndexOfAny('&', '<', '>'); i >= 0; i = rest.IndexOfAny('&', '<', '>'))
        {
            xml.Write(rest[..i]);
            xml.Write(rest[i] switch { '&' => "&amp;", '<' => "&lt;", _ => "&gt;" });
            rest = rest[(i + 1)..];
        }

        xml.Write(rest);
    }

    /// <summary>robots.txt: everything may be crawled; the sitemap is named.</summary>
    public static byte[] Robots(ViewFactory views) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {views.Absolute("sitemap.xml")}\n");
}
