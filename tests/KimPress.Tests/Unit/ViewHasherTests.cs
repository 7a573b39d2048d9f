using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using KimPress.Rendering;

namespace KimPress.Tests.Unit;

public sealed class ViewHasherTests
{
    private static readonly SiteView Site = new(
        "Portal KIM", "Kabar desa", "Kabupaten Contoh", "id", "/", null, "/kim/", "/tag/", "/feed.xml", "/assets/style.css",
        new DiskominfoView("Diskominfo", null, null, null), [new("Klaster Utara", "/klaster/utara/")], [], [], 3);

    [Theory]
    [InlineData(10)]
    [InlineData(5_000)]
    [InlineData(200_000)]
    public void A_key_is_the_hash_of_the_kind_and_the_views_json_whatever_its_size(int descriptionLength)
    {
        // Streamed through a 16 KB buffer into the hash; the same bytes as serialising it whole.
        var description = string.Concat(Enumerable.Range(0, descriptionLength).Select(i => "ab<\"é中"[i % 6]));
        var view = new PageView
        {
            Site = Site,
            Page = new PageMetaView("post", "Judul", description, "/a/", "https://contoh.id/a/", null, null, "/feed.xml", "Portal", [new("Beranda", "/")], true, false),
            PostCount = 7,
        };

        var expected = new XxHash128();
        expected.Append("post\0"u8);
        expected.Append(JsonSerializer.SerializeToUtf8Bytes(view, ViewJsonContext.Default.PageView));

        Assert.Equal(expected.GetCurrentHashAsUInt128(), ViewHasher.Key("post", view));
        Assert.Equal(expected.GetCurrentHashAsUInt128(), ViewHasher.Key("post", view));
        Assert.NotEqual(ViewHasher.Key("post", view), ViewHasher.Key("page", view));
    }
}
