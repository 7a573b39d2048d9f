using System.Diagnostics;
using KimPress.Content;

namespace KimPress.Tests.Unit;

public sealed class ReadAheadTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly string _folder = Directory.CreateTempSubdirectory("kimpress-readahead-").FullName;

    [Fact]
    public void Hints_each_file_once_and_no_further_than_the_window_ahead_of_the_workers()
    {
        // Every third job reads no file.
        var paths = Enumerable.Range(0, ReadAhead.Window + 200)
            .Select(i => i % 3 == 0 ? null : Write($"tulisan-{i}.md"))
            .ToArray();
        var withinWindow = paths.Take(ReadAhead.Window).Count(p => p is not null);

        using var readAhead = ReadAhead.Start(paths);
        if (!OperatingSystem.IsLinux())
        {
            Assert.Equal(0, readAhead.Hinted);
            return;
        }

        Assert.True(SpinWait.SpinUntil(() => readAhead.Hinted == withinWindow, Patience), $"hinted {readAhead.Hinted} of {withinWindow}");
        Thread.Sleep(100);
        Assert.Equal(withinWindow, readAhead.Hinted);

        readAhead.Reach(100);
        var next = paths.Take(100 + ReadAhead.Window + 1).Count(p => p is not null);
        Assert.True(SpinWait.SpinUntil(() => readAhead.Hinted == next, Patience), $"hinted {readAhead.Hinted} of {next}");

        readAhead.Reach(paths.Length - 1);
        var all = paths.Count(p => p is not null);
        Assert.True(SpinWait.SpinUntil(() => readAhead.Hinted == all, Patience), $"hinted {readAhead.Hinted} of {all}");
        Thread.Sleep(50);
        Assert.Equal(all, readAhead.Hinted);
    }

    [Fact]
    public void Stops_at_once_when_disposed_while_waiting_for_the_workers()
    {
        var paths = Enumerable.Range(0, ReadAhead.Window * 3).Select(i => Write($"tulisan-{i}.md")).ToArray();
        var readAhead = ReadAhead.Start(paths);
        SpinWait.SpinUntil(() => readAhead.Hinted >= Math.Min(ReadAhead.Window, paths.Length), Patience);

        var clock = Stopwatch.StartNew();
        readAhead.Dispose();
        clock.Stop();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"Dispose took {clock.Elapsed}");
        Assert.True(readAhead.Hinted <= ReadAhead.Window, $"hinted {readAhead.Hinted} after Dispose");
    }

    [Fact]
    public void A_fifo_a_folder_or_a_missing_file_neither_holds_it_up_nor_throws()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var fifo = Path.Combine(_folder, "pipa.md");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        string?[] paths = [fifo, Path.Combine(_folder, "tidak-ada.md"), _folder, Write("biasa.md")];
        var readAhead = ReadAhead.Start(paths);
        readAhead.Reach(paths.Length - 1);

        // On failure the thread may be stuck in open(): it is a background thread, left behind.
        Assert.True(SpinWait.SpinUntil(() => readAhead.Hinted == paths.Length, Patience), $"hinted {readAhead.Hinted} of {paths.Length}");
        readAhead.Dispose();
    }

    [Fact]
    public void Nothing_to_hint_starts_no_thread()
    {
        using var nothing = ReadAhead.Start([null, null]);
        using var something = ReadAhead.Start([null, Write("biasa.md")]);

        Assert.False(nothing.HasThread);
        Assert.Equal(OperatingSystem.IsLinux(), something.HasThread);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "---\njudul: Tes\n---\nIsi.\n");
        return path;
    }
}
