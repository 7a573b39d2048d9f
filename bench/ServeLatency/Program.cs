using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

// Measures how long kimpress serve takes from saving a post to serving the changed page:
// start `kimpress serve --port 0` on a site, listen to its reload events like an open tab,
// then repeatedly rewrite one post and time (file written) → (reload event received) →
// (page fetched and showing the new text). The post is restored at the end.
// With --browser, the post is also open in headless Chromium (the Debian package, driven by
// Playwright; nothing is downloaded) and the time runs until the tab, reloaded by kimpress's
// live-reload script, shows the new text.
//
//   dotnet run -c Release --project bench/ServeLatency -- --kimpress bench/out/kimpress-native-linux-x64/kimpress --site bench/out/corpus-12k [--edits 15] [--browser]
// (--kimpress takes the native executable, or a kimpress.dll, which is started with dotnet)
using Microsoft.Playwright;

string? kimpress = null, site = null;
var edits = 15;
var inBrowser = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--kimpress": kimpress = args[++i]; break;
        case "--site": site = args[++i]; break;
        case "--edits": edits = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--browser": inBrowser = true; break;
        default:
            Console.Error.WriteLine($"ServeLatency: unknown argument {args[i]}");
            return 2;
    }
}

if (kimpress is null || site is null)
{
    Console.Error.WriteLine("usage: ServeLatency --kimpress <kimpress or kimpress.dll> --site <site folder> [--edits N]");
    return 2;
}

site = Path.GetFullPath(site);
var post = Directory.EnumerateFiles(Path.Combine(site, "content"), "*.md", SearchOption.AllDirectories)
    .Where(p => p.Contains($"{Path.DirectorySeparatorChar}posts{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
    .Order(StringComparer.Ordinal)
    .First();
var original = File.ReadAllText(post);
var viaDotnet = kimpress.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
var start = new ProcessStartInfo(viaDotnet ? "dotnet" : kimpress) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
foreach (var a in (string[])[.. viaDotnet ? [kimpress] : Array.Empty<string>(), "serve", "--source", site, "--port", "0", "--timings"])
{
    start.ArgumentList.Add(a);
}

var ready = new TaskCompletionSource<Uri>();
using var server = Process.Start(start)!;
server.OutputDataReceived += (_, e) =>
{
    if (e.Data is not null && Environment.GetEnvironmentVariable("SHOW_SERVER") == "1")
    {
        Console.WriteLine("  server: " + e.Data);
    }

    if (e.Data is not null && Regex.Match(e.Data, @"http://127\.0\.0\.1:\d+/") is { Success: true } m)
    {
        ready.TrySetResult(new Uri(m.Value));
    }
};
server.ErrorDataReceived += (_, _) => { };
server.BeginOutputReadLine();
server.BeginErrorReadLine();
var startup = Stopwatch.StartNew();
var address = await ready.Task.WaitAsync(TimeSpan.FromMinutes(5));
Console.WriteLine($"site: {site}");
Console.WriteLine($"post edited: {Path.GetRelativePath(site, post)}");
Console.WriteLine($"server ready after {startup.Elapsed.TotalMilliseconds:F0} ms (first build included) at {address}");

try
{
    using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    // The post's page: the URL the sitemap lists for its slug (file name without the date).
    var slug = Regex.Replace(Path.GetFileNameWithoutExtension(post), @"^\d{4}-\d{2}-\d{2}-", "");
    var kim = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(post)))!;
    var url = $"/{kim}/{slug}/";
    var first = await http.GetStringAsync(url);
    Console.WriteLine($"page: {url} ({first.Length} characters)");

    IPlaywright? playwright = null;
    IPage? tab = null;
    if (inBrowser)
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var chromium = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "chromium")).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("chromium is not on PATH (Debian: apt-get install chromium)");
        playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ["--disable-gpu"] });
        tab = await browser.NewPageAsync();
        if (Environment.GetEnvironmentVariable("SHOW_REQUESTS") == "1")
        {
            var clock = Origin;
            tab.Request += (_, r) => Console.WriteLine($"  {clock.ElapsedMilliseconds,7} ms request {r.Url}");
            tab.RequestFinished += (_, r) => Console.WriteLine($"  {clock.ElapsedMilliseconds,7} ms finished {r.Url}");
            tab.Load += (_, _) => Console.WriteLine($"  {clock.ElapsedMilliseconds,7} ms load");
            tab.DOMContentLoaded += (_, _) => Console.WriteLine($"  {clock.ElapsedMilliseconds,7} ms domcontentloaded");
        }

        await tab.GotoAsync(new Uri(address, url).ToString());
        Console.WriteLine("browser: the post is open in headless Chromium; times run until the tab shows the change");
    }

    using var events = await http.GetAsync("/_kimpress/events", HttpCompletionOption.ResponseHeadersRead);
    using var reader = new StreamReader(await events.Content.ReadAsStreamAsync());
    await NextEvent(reader);

    var times = new List<double>();
    for (var n = 1; n <= edits; n++)
    {
        await Task.Delay(300); // let the previous save settle, as between two real saves
        var marker = $"Penanda pengukuran nomor {n}.";
        var watch = Stopwatch.StartNew();
        var savedAt = (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;
        if (Environment.GetEnvironmentVariable("SHOW_REQUESTS") == "1")
        {
            Console.WriteLine($"  {Origin.ElapsedMilliseconds,7} ms file written");
        }

        File.WriteAllText(post, original.TrimEnd() + "\n\n" + marker + "\n");
        if (tab is not null)
        {
            // The tab reloads itself on the event; wait until the new text is on screen.
            await tab.WaitForFunctionAsync("m => document.body !== null && document.body.innerText.includes(m)", marker,
                new() { Timeout = 30_000, PollingInterval = 5 });
            // Not when Playwright noticed, but when the reloaded document itself says its content was
            // parsed (DOMContentLoaded), on the same clock as the save.
            var parsedAt = await tab.EvaluateAsync<double>("() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            var shownMs = parsedAt - savedAt;
            await NextEvent(reader);
            times.Add(shownMs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edit {n,2}: change on screen (DOMContentLoaded of the reloaded tab) {shownMs,6:F0} ms"));
            continue;
        }

        await NextEvent(reader);
        var eventMs = watch.Elapsed.TotalMilliseconds;
        var page = await http.GetStringAsync(url);
        var totalMs = watch.Elapsed.TotalMilliseconds;
        if (!page.Contains(marker, StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"edit {n}: the page does not show the change");
            return 1;
        }

        times.Add(totalMs);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"edit {n,2}: reload event {eventMs,6:F0} ms, new page served {totalMs,6:F0} ms"));
    }

    times.Sort();
    playwright?.Dispose();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"save → {(tab is null ? "new page served" : "change shown in the browser")}: median {times[times.Count / 2]:F0} ms, min {times[0]:F0} ms, max {times[^1]:F0} ms ({times.Count} edits)"));
    return 0;
}
finally
{
    File.WriteAllText(post, original);
    server.Kill(entireProcessTree: true);
    server.WaitForExit();
}

static async Task NextEvent(StreamReader reader)
{
    while (true)
    {
        var line = await reader.ReadLineAsync() ?? throw new EndOfStreamException();
        if (line.StartsWith("data:", StringComparison.Ordinal))
        {
            return;
        }
    }
}

partial class Program
{
    private static readonly Stopwatch Origin = Stopwatch.StartNew();
}
