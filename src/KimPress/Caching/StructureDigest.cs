using System.IO.Hashing;
using System.Text.Json;
using KimPress.Content;
using KimPress.Model;

namespace KimPress.Caching;

/// <summary>
/// One hash of everything a build's pages can show except post and page bodies: which files
/// exist, every kim.yml, every document's <see cref="PostDocument.Shape"/>, which posts are
/// published and whether they are marked as future. site.yml, the theme, KimPress's version and
/// the base URL are not in it: a change to those already empties the whole cache.
/// When two builds have the same digest, a page that shows no body has exactly the same view in
/// both, and a post or page differs at most by its own body — so the writer can skip building
/// and hashing the views of all other pages (see <see cref="Output.SiteWriter"/>).
/// </summary>
public static class StructureDigest
{
    /// <summary>
    /// The hash of <paramref name="document"/> without its body. The word count is left out too:
    /// only the post's own page shows it (as reading time, in <see cref="Rendering.PostView"/>),
    /// and that page is keyed by the body it comes from — so appending a paragraph does not
    /// change the shape, and the lists need not be looked at again. Likewise the excerpt (the
    /// start of the body) counts only when there is no summary: it stands in for one
    /// (<see cref="Model.Post.Summary"/>) and is shown nowhere else.
    /// </summary>
    public static UInt128 ShapeOf(PostDocument document) =>
        XxHash128.HashToUInt128(JsonSerializer.SerializeToUtf8Bytes(
            document with { Body = default, Shape = default, WordCount = 0, Excerpt = document.Summary is null ? document.Excerpt : "" },
            CacheJsonContext.Default.PostDocument));

    /// <summary>The digest of a build with <paramref name="inventory"/> and <paramref name="model"/>.</summary>
    public static UInt128 Compute(ContentInventory inventory, SiteModel model)
    {
        var hash = new XxHash128();
        void Add(string text) => hash.AppendField(text);
        void AddValue(UInt128 value) => hash.AppendValue(value);

        Add("structure-v1");

        // Every file and the URL it is published at: link targets, covers and logos resolve against these.
        foreach (var kim in inventory.Kims)
        {
            Add(kim.Slug);
            Add(kim.ProfileDisplayPath);
            AddValue(kim.ProfilePath is null ? default : HashFile(kim.ProfilePath));
            foreach (var post in kim.Posts)
            {
                Add(post.DisplayPath);
            }

            foreach (var page in kim.Pages)
            {
                Add(page.DisplayPath);
            }

            foreach (var asset in kim.Assets)
            {
                Add(asset.DisplayPath);
                Add(asset.OutputPath);
            }
        }

        foreach (var page in inventory.Kabupaten.Pages)
        {
            Add(page.DisplayPath);
        }

        foreach (var asset in inventory.Kabupaten.Assets)
        {
            Add(asset.DisplayPath);
            Add(asset.OutputPath);
        }

        // What is published, in order, as lists show it.
        Add("kims");
        foreach (var kim in model.Kims)
        {
            Add(kim.Slug);
            foreach (var page in kim.Pages)
            {
                Add(page.Document.DisplayPath);
                AddValue(page.Document.Shape);
            }
        }

        Add("posts");
        foreach (var post in model.Posts)
        {
            Add(post.Document.DisplayPath);
            AddValue(post.Document.Shape);
            Add(post.IsFuture ? "future" : "due");
        }

        Add("pages");
        foreach (var page in model.Pages)
        {
            Add(page.Document.DisplayPath);
            AddValue(page.Document.Shape);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static UInt128 HashFile(string path)
    {
        try
        {
            return XxHash128.HashToUInt128(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: a value no readable file hashes to, so nothing is reused on its account.
            return UInt128.MaxValue;
        }
    }
}
