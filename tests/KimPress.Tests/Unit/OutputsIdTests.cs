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
    ];

    [Fact]
    public void The_id_does_not_depend_on_the_order_outputs_were_recorded_in()
    {
        var forward = BuildCache.InMemory();
        var backward = BuildCache.InMemory();
        var shuffled = BuildCache.InMemory();
        foreach (var path in Paths)
        {
            forward.PutOutput(path, Entry(path));
        }

        foreach (var path in Paths.Reverse())
        {
            backward.PutOutput(path, Entry(path));
        }

        foreach (var path in Paths.OrderBy(p => p.GetHashCode()))
        {
            shuffled.PutOutput(path, Entry(path));
        }

        Assert.Equal(forward.OutputsId(), backward.OutputsId());
        Assert.Equal(forward.OutputsId(), shuffled.OutputsId());
    }

    [Fact]
    public void The_id_changes_with_a_file_s_bytes_or_path()
    {
        var original = Id(Paths, _ => 0);
        Assert.NotEqual(original, Id(Paths, p => p == "kim-x/feed.xml" ? 1UL : 0));
        Assert.NotEqual(original, Id(Paths.Select(p => p == "404.html" ? "405.html" : p), _ => 0));
        Assert.NotEqual(original, Id(Paths.Where(p => p != "a/a/index.html"), _ => 0));
    }

    [Fact]
    public void A_known_tree_keeps_its_id()
    {
        // The id written by earlier versions for the same files: a change here changes every
        // marker file, and with it the bytes of every deployed output.
        Assert.Equal("ca8edc41008d8facb7a1663e5fca0376", Id(["index.html", "kim-a/index.html", "kim-a/feed.xml"], _ => 0));
    }

    private static string Id(IEnumerable<string> paths, Func<string, ulong> change)
    {
        var cache = BuildCache.InMemory();
        foreach (var path in paths)
        {
            cache.PutOutput(path, Entry(path) with { Hash = Entry(path).Hash + change(path) });
        }

        return cache.OutputsId();
    }

    private static OutputEntry Entry(string path) =>
        new(Key: 1, Hash: System.IO.Hashing.XxHash128.HashToUInt128(System.Text.Encoding.UTF8.GetBytes(path)), Length: path.Length);
}
