using System.Globalization;
using System.Text;
using System.Xml;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Output;

/// <summary>Writes sitemap.xml (sitemaps.org 0.9) and robots.txt.</summary>
public static class SitemapWriter
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap of every page meant for search engines, in plan order.</summary>
    public static byte[] Sitemap(IEnumerable<PlannedPage> pages, ViewFactory views)
    {
        using var memory = new MemoryStream();
        using (var xml = XmlWriter.Create(memory, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages.Where(p => p.InSitemap))
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, views.Absolute(page.UrlPath));
                if (page.LastModified is { } modified)
                {
                    xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return memory.ToArray();
    }

    /// <summary>robots.txt: everything may be crawled; the sitemap is named.</summary>
    public static byte[] Robots(ViewFactory views) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {views.Absolute("sitemap.xml")}\n");
}
