using System.Reflection;
using System.Text.Json;
using KimPress.Caching;
using KimPress.Content;
using KimPress.Text;

namespace KimPress.Tests.Unit;

/// <summary>
/// The binary cache index writes each record field by field. A field it forgot would come back
/// empty from the cache — wrong output after an incremental build — so these tests pin the list of
/// properties and round-trip a record with every one of them set.
/// </summary>
public sealed class CacheIndexFormatTests
{
    [Theory]
    [InlineData(typeof(PostDocument), "Author,Body,Category,Claim,Date,DisplayPath,Draft,Excerpt,Image,ImageAlt,Shape,Slug,Summary,Tags,Title,Updated,WordCount")]
    [InlineData(typeof(ClaimInfo), "ArchiveUrl,Date,Rating,References,Source,SourceUrl,Text")]
    [InlineData(typeof(ReferenceLink), "Title,Url")]
    [InlineData(typeof(LocalDateValue), "HasTime,Offset,Value")]
    [InlineData(typeof(BodyRef), "Hash,Length,Offset")]
    [InlineData(typeof(LinkDependency), "Path,Published")]
    [InlineData(typeof(SourceEntry), "ContentHash,Dependencies,Diagnostics,Document,Stamp")]
    [InlineData(typeof(FileStamp), "Changed,Inode,Modified,Size")]
    public void The_format_knows_every_property_of_what_it_stores(Type type, string properties)
    {
        var actual = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name != "EqualityContract")
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal);

        // A new property must be written and read in Caching/CacheIndexFormat.cs, then listed here.
        Assert.Equal(properties.Split(','), actual);
    }

    [Fact]
    public void A_full_index_comes_back_exactly()
    {
        var document = new PostDocument
        {
            DisplayPath = "content/kim-a/posts/2024-03-01-a.md",
            Slug = "a",
            Title = "Judul \"kutip\" — ünïcödé",
            Date = new LocalDateValue(new DateTime(2024, 3, 1, 8, 30, 0), HasTime: true, TimeSpan.FromHours(7)),
            Updated = new LocalDateValue(new DateTime(2024, 3, 2), HasTime: false),
            Author = "Siti",
            Tags = ["kesehatan", "posyandu"],
            Category = "klarifikasi-hoaks",
            Summary = "Ringkasan.",
            Excerpt = "Awal tulisan.",
            Image = "/kim-a/a/foto.jpg",
            ImageAlt = "Foto",
            Draft = true,
            Claim = new ClaimInfo("HOAKS", "Narasi", "WhatsApp", "https://a.example/1", "https://web.archive.org/x", new LocalDateValue(new DateTime(2024, 2, 28), false), [new ReferenceLink("Dinkes", "https://dinkes.example/")]),
            Body = new BodyRef(new UInt128(1, 2), 123_456_789_012, 4321),
            WordCount = 512,
            Shape = new UInt128(ulong.MaxValue, 7),
        };
        var index = new CacheIndex
        {
            Fingerprint = "f",
            OutputIdentity = "/out#id",
            Pack = "bodies-1.pack",
            Structure = new UInt128(3, 4),
            Sources = new Dictionary<string, SourceEntry>(StringComparer.Ordinal)
            {
                [document.DisplayPath] = new SourceEntry(new UInt128(5, 6), document,
                    [new CachedDiagnostic("KP0302", document.DisplayPath, 2, 1, [new CachedArgument("teks", null), new CachedArgument("frasa", "phrase")])],
                    [new LinkDependency("content/kim-a/posts/b.md", "kim-a/b/"), new LinkDependency("content/kim-a/x.png", null)],
                    new FileStamp(ulong.MaxValue - 1, 5_432, 1_700_000_000_123_456_789, -1)),
                ["content/kim-a/posts/rusak.md"] = new SourceEntry(new UInt128(8, 9), null, [], []),
            },
            Outputs = new Dictionary<string, OutputEntry>(StringComparer.Ordinal)
            {
                ["kim-a/a/index.html"] = new OutputEntry(new UInt128(10, 11), new UInt128(12, 13), 20_583, new UInt128(1, 2)),
            },
        };

        using var stream = new MemoryStream();
        CacheIndexFormat.Write(stream, index);
        stream.Position = 0;
        var back = CacheIndexFormat.Read(stream);

        Assert.NotNull(back);
        Assert.Equal(Json(index), Json(back));
        Assert.Equal(document.Body, back.Sources[document.DisplayPath].Document!.Body);
    }

    [Fact]
    public void Anything_but_a_whole_index_reads_as_no_index()
    {
        using var stream = new MemoryStream();
        CacheIndexFormat.Write(stream, new CacheIndex { Fingerprint = "f", Pack = "p" });
        var bytes = stream.ToArray();

        for (var length = 0; length < bytes.Length; length++)
        {
            Assert.Null(CacheIndexFormat.Read(new MemoryStream(bytes[..length])));
        }

        Assert.Null(CacheIndexFormat.Read(new MemoryStream([.. bytes, 0])));
        Assert.NotNull(CacheIndexFormat.Read(new MemoryStream(bytes)));
    }

    private static string Json(CacheIndex index) => JsonSerializer.Serialize(index, CacheJsonContext.Default.CacheIndex);
}
