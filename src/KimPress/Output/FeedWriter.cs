using System.Globalization;
using System.Text;
using System.Xml;
using KimPress.Caching;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Output;

/// <summary>Writes Atom 1.0 feeds (RFC 4287) with XmlWriter: absolute URLs, newest entries first.</summary>
public static class FeedWriter
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>
    /// A hash of everything <see cref="Write"/> reads that can change without changing the cache
    /// fingerprint (site.yml and KimPress itself are in the fingerprint): with it, an unchanged feed
    /// is reused without reading a single body.
    /// </summary>
    public static UInt128 Key(PlannedFeed feed)
    {
        var hash = new System.IO.Hashing.XxHash128();
        void Add(string? text) => hash.AppendField(text ?? "\u0000");

        Add(feed.UrlPath);
        Add(feed.Title);
        Add(feed.AlternateUrlPath);
        foreach (var post in feed.Posts)
        {
            Add(post.Url);
            Add(post.Document.Title);
            Add(Rfc3339(post.Date));
            Add(post.Updated is { } updated ? Rfc3339(updated) : null);
            Add(post.Document.Author ?? post.Kim.Profile.Name);
            Add(post.Summary);
            Add(post.Document.Body.Hash.ToString(CultureInfo.InvariantCulture));
            foreach (var tag in post.Tags)
            {
                Add(tag.Slug);
                Add(tag.Name);
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    // One buffer per thread, reused feed after feed: a feed of 20 whole posts is over 85 KB, and a
    // fresh array for each would land on the large object heap, whose budget then forces full
    // collections of the whole heap near the end of a big build.
    [ThreadStatic]
    private static MemoryStream? t_memory;

    /// <summary>The feed as UTF-8 bytes, valid until this thread writes its next feed.</summary>
    public static ReadOnlySpan<byte> Write(PlannedFeed feed, ViewFactory views, Configuration.SiteSettings settings, Caching.BodyStore bodies)
    {
        var memory = t_memory ??= new MemoryStream(256 * 1024);
        memory.SetLength(0);
        using (var xml = XmlWriter.Create(memory, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("title", Atom, feed.Title);
            if (settings.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", Atom, settings.Description);
            }

            WriteLink(xml, "self", "application/atom+xml", views.Absolute(feed.UrlPath));
            WriteLink(xml, "alternate", "text/html", views.Absolute(feed.AlternateUrlPath));
            xml.WriteElementString("id", Atom, views.Absolute(feed.AlternateUrlPath));
            var updated = feed.Posts.Count == 0 ? new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero) : feed.Posts.Max(p => p.Updated ?? p.Date);
            xml.WriteElementString("updated", Atom, Rfc3339(updated));
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, settings.Diskominfo.Name.Length > 0 ? settings.Diskominfo.Name : settings.Title);
            xml.WriteEndElement();
            xml.WriteStartElement("generator", Atom);
            xml.WriteString("KimPress");
            xml.WriteEndElement();
            foreach (var post in feed.Posts)
            {
                var url = views.Absolute(post.Url);
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, post.Document.Title);
                WriteLink(xml, "alternate", "text/html", url);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("published", Atom, Rfc3339(post.Date));
                xml.WriteElementString("updated", Atom, Rfc3339(post.Updated ?? post.Date));
                xml.WriteStartElement("author", Atom);
                xml.WriteElementString("name", Atom, post.Document.Author ?? post.Kim.Profile.Name);
                xml.WriteEndElement();
                foreach (var tag in post.Tags)
                {
                    xml.WriteStartElement("category", Atom);
                    xml.WriteAttributeString("term", tag.Slug);
                    xml.WriteAttributeString("label", tag.Name);
                    xml.WriteEndElement();
                }

                xml.WriteStartElement("summary", Atom);
                xml.WriteAttributeString("type", "text");
                xml.WriteString(post.Summary);
                xml.WriteEndElement();
                xml.WriteStartElement("content", Atom);
                xml.WriteAttributeString("type", "html");
                xml.WriteAttributeString("xml", "base", null, url);
                xml.WriteString(bodies.Get(post.Document.Body));
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return memory.GetBuffer().AsSpan(0, (int)memory.Length);
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc3339(DateTimeOffset date) => date.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
}
