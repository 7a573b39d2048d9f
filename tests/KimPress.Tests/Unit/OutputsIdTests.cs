using KimPress.Caching;

namespace KimPress.Tests.Unit;

/// <summary>
/// The id of a finished output tree goes into the output's marker file, so it must depend on the
/// set of files and their bytes only: not on the order the parallel writers recorded them in.
/// </summary>
public sealed class OutputsIdTests
{
    // Paths whose ordinal order differs from a culture's ("B" < "a", "-" < "_"), non-ASCII, deep.
    private static readonly string[] Paths =
    [
        .. Enumerable.Range(0, 3000).Select(i => $"kim-{i % 40}/tulisan-{i}/index.html"),
        "a/B/index.html", "a/a/index.html", "kim-x/feed.xml", "kim_x/feed.xml", "gambar/sawah-é.jpg", "404.html",
        "panjang/" + new string('é', 400) + "/index.html", // longer than the id's stack buffer
    ];

    [Fact]
    public void The_id_does_not_depend_on_the_order_outputs_were_recorded_in()
    {
        var shuffled = Paths.ToArray();
        new Random(7).Shuffle(shuffled);
        var forward = Id(Paths, _ => 0);
        Assert.Equal(forward, Id(Paths.Reverse(), _ => 0));
        Assert.Equal(forward, Id(shuffled, _ => 0));
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("kim-sukamaju/posyandu-aktif/index.html", 1)]
    [InlineData("gambar/sawah-é-€-😀.jpg", 1)]
    [InlineData("é", 169)] // at most 510 bytes: encoded on the stack
    [InlineData("é", 170)] // at most 513 bytes: encoded into an array
    [InlineData("é", 5000)]
    public void Text_is_hashed_as_its_utf8_bytes(string piece, int times)
    {
        var text = string.Concat(Enumerable.Repeat(piece, times));
        var expected = new System.IO.Hashing.XxHash128();
        expected.Append(System.Text.Encoding.UTF8.GetBytes(text));
        var actual = new System.IO.Hashing.XxHash128();
        actual.AppendUtf8(text);
        Assert.Equal(expected.GetCurrentHashAsUInt128(), actual.GetCurrentHashAsUInt128());
    }

    [Theory]
    [InlineData("kim-sukamaju/posyandu-aktif/index.html", 1)]
    [InlineData("é", 164)] // the largest text encoded on the stack (with its 0 and the value)
    [InlineData("é", 165)] // the smallest encoded into an array
    [InlineData("é", 3000)]
    public void A_field_and_value_hashed_at_once_is_what_appending_them_gives(string piece, int times)
    {
        var text = string.Concat(Enumerable.Repeat(piece, times));
        var value = new UInt128(0x0123456789ABCDEF, 0xFEDCBA9876543210);
        var appended = new System.IO.Hashing.XxHash128();
        appended.AppendField(text);
        appended.AppendValue(value);
        Assert.Equal(appended.GetCurrentHashAsUInt128(), HashAppend.FieldAndValueHash(text, value));
    }

    [Fact]
    public void The_id_changes_with_a_file_s_bytes_or_path()
    {
        var original = Id(Paths, _ => 0);
        Assert.NotEqual(original, Id(Paths, p => p == "kim-x/feed.xml" ? 1UL : 0));
        Assert.NotEqual(original, Id(Paths.Select(p => p == "404.html" ? "405.html" : p), _ => 0));
        Assert.NotEqual(original, Id(Paths.Where(p => p != "a/a/index.html"), _ => 0));
        Assert.NotEqual(original, Id(Paths, p => p.StartsWith("panjang/", StringComparison.Ordinal) ? 1UL : 0));
        Assert.NotEqual(original, Id(Paths.Select(p => p.StartsWith("panjang/", StringComparison.Ordinal) ? p + "x" : p), _ => 0));
    }

    [Fact]
    public void A_known_tree_keeps_its_id()
    {
        // The id this version writes for the same files: a change here changes every marker
        // file, and with it one file of every deployed output. It changed once, on purpose, when
        // the id became a sum of per-file hashes instead of a hash of the sorted list (it was
        // ca8edc41008d8facb7a1663e5fca0376); any other change should be just as deliberate.
        Assert.Equal("222012298ddd2bbf580d34037620c73a", Id(["index.html", "kim-a/index.html", "kim-a/feed.xml"], _ => 0));
    }

    private static string Id(IEnumerable<string> paths, Func<string, ulong> change)
    {
        var cache = BuildCache.InMemory();
        foreach (var path in paths)
        {
            var entry = Entry(path);
            cache.PutOutput(path, entry with { Hash = entry.Hash + change(path) });
        }

        return cache.OutputsId();
    }

    private static OutputEntry Entry(string path) =>
        new(Key: 1, Hash: System.IO.Hashing.XxHash128.HashToUInt128(System.Text.Encoding.UTF8.GetBytes(path)), Length: path.Length);
}
