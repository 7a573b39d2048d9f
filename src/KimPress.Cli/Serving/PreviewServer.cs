using System.Globalization;
using System.Net;
using System.Text;
using KimPress.Diagnostics;
using KimPress.Preview;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KimPress.Cli.Serving;

/// <summary>
/// kimpress serve: Kestrel on loopback serving a <see cref="PreviewSite"/> from memory, a watcher
/// that rebuilds it when site files change, and a server-sent-events stream that tells open tabs to
/// reload. The reload script is added to HTML as it is served; built output never contains it.
/// </summary>
internal sealed class PreviewServer : IDisposable
{
    /// <summary>The server-sent events stream the reload script listens to.</summary>
    public const string EventsPath = "/_kimpress/events";

    // Editors save in a burst of events (write, rename, attributes): wait this long for the burst to end.
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(15);

    private readonly FileExtensionContentTypeProvider _contentTypes = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly TaskCompletionSource _firstBuild = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string? _language;
    private readonly bool _timings;
    private PreviewBuilder? _builder;

    // Host names the preview answers to when it listens on loopback only: a web page elsewhere
    // that points its own name at 127.0.0.1 (DNS rebinding) must not read drafts from it.
    private HashSet<string>? _allowedHosts;
    private volatile PreviewSite? _site;
    private volatile PreviewSite? _lastGood;
    private TaskCompletionSource _nextSite = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The pages open tabs showed last: rendered again as soon as a build is published, while the
    // tabs are still reacting to the reload event, so their request finds the page ready.
    private readonly LinkedList<string> _recentPages = new();
    private const int RecentPagesKept = 8;

    private PreviewServer(string? language, bool timings)
    {
        _language = language;
        _timings = timings;
    }

    /// <summary>Serves the site in <paramref name="source"/> until Ctrl+C (or SIGTERM). Returns the exit code.</summary>
    public static async Task<int> RunAsync(string source, string host, int port, string? language, bool timings)
    {
        using var server = new PreviewServer(language, timings);
        return await server.RunCoreAsync(Path.GetFullPath(source), host, port).ConfigureAwait(false);
    }

    public void Dispose() => _wake.Dispose();

    private async Task<int> RunCoreAsync(string root, string host, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = root, Args = [] });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (host == "localhost")
            {
                kestrel.ListenLocalhost(port);
            }
            else
            {
                kestrel.Listen(IPAddress.Parse(host), port);
            }
        });

        await using var app = builder.Build();
        var stopping = app.Lifetime.ApplicationStopping;
        app.Run(context => HandleAsync(context, stopping));
        try
        {
            await app.StartAsync().ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine(Say(
                $"kimpress: tidak bisa membuka {host}:{port} ({ex.Message}). Pakai port lain, misalnya --port {(port == 0 ? 8001 : port + 1)}.",
                $"kimpress: cannot listen on {host}:{port} ({ex.Message}). Use another port, e.g. --port {(port == 0 ? 8001 : port + 1)}."));
            return ExitCodes.Usage;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var actualPort = new Uri(address).Port;
        var displayHost = host.Contains(':', StringComparison.Ordinal) ? $"[{host}]" : host;
        var baseUrl = $"http://{displayHost}:{actualPort}/";

        _builder = new PreviewBuilder(root, baseUrl);
        if (IPAddress.TryParse(host, out var listening) ? IPAddress.IsLoopback(listening) : host == "localhost")
        {
            _allowedHosts = new HashSet<string>(
                ((string[])["127.0.0.1", "localhost", "[::1]", displayHost]).Select(h => $"{h}:{actualPort}"),
                StringComparer.OrdinalIgnoreCase);
        }

        using var watcher = new SiteWatcher(root);
        watcher.Changed += () => _wake.Release();
        Publish(_builder.Build());
        _firstBuild.TrySetResult();

        Console.WriteLine(Say(
            $"Pratinjau siap di {baseUrl} (draf dan tulisan terjadwal ikut tampil). Halaman dimuat ulang otomatis saat berkas disimpan. Tekan Ctrl+C untuk berhenti.",
            $"Preview ready at {baseUrl} (drafts and scheduled posts included). Pages reload by themselves when a file is saved. Press Ctrl+C to stop."));
        if (_allowedHosts is null)
        {
            Console.WriteLine(Say(
                "Perhatian: pratinjau ini bisa dibuka dari komputer dan ponsel lain di jaringan yang sama, termasuk draf.",
                "Note: other computers and phones on the same network can open this preview, drafts included."));
            if (IPAddress.TryParse(host, out var any) && (any.Equals(IPAddress.Any) || any.Equals(IPAddress.IPv6Any)))
            {
                // 0.0.0.0 is not an address a phone can open: name the ones this computer has.
                foreach (var lan in LanAddresses())
                {
                    Console.WriteLine(Say($"  Dari ponsel: http://{lan}:{actualPort}/", $"  From a phone: http://{lan}:{actualPort}/"));
                }
            }
        }

        var loop = RebuildLoopAsync(watcher, stopping);
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        await loop.ConfigureAwait(false);
        Console.WriteLine(Say("Pratinjau dihentikan.", "Preview stopped."));
        return ExitCodes.Success;
    }

    private async Task RebuildLoopAsync(SiteWatcher watcher, CancellationToken stopping)
    {
        try
        {
            while (true)
            {
                await _wake.WaitAsync(stopping).ConfigureAwait(false);
                await Task.Delay(Settle, stopping).ConfigureAwait(false);
                while (_wake.CurrentCount > 0)
                {
                    await _wake.WaitAsync(stopping).ConfigureAwait(false);
                }

                Publish(_builder!.Build(watcher.TakeChanges()));
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C.
        }
    }

    /// <summary>Makes <paramref name="site"/> the one served, tells open tabs, and reports to the console.</summary>
    private void Publish(PreviewSite site)
    {
        _site = site;
        if (site.Succeeded)
        {
            _lastGood = site;
            string[] recent;
            lock (_recentPages)
            {
                recent = [.. _recentPages];
            }

            foreach (var path in recent)
            {
                _ = Task.Run(() => site.Get(path));
            }
        }

        Interlocked.Exchange(ref _nextSite, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
        var language = _language ?? site.Language;
        DiagnosticPrinter.WriteText(Console.Error, site.Diagnostics, language);
        var time = DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var errors = site.Diagnostics.Count(d => d.Severity == Severity.Error);
        Console.WriteLine(site.Succeeded
            ? Say($"[{time}] {(site.Generation == 1 ? "Dibangun" : "Dibangun ulang")} dalam {site.Elapsed.TotalMilliseconds:F0} ms: {site.PageCount} halaman, {site.Diagnostics.Count} peringatan.",
                  $"[{time}] {(site.Generation == 1 ? "Built" : "Rebuilt")} in {site.Elapsed.TotalMilliseconds:F0} ms: {site.PageCount} pages, {site.Diagnostics.Count} warnings.")
            : Say($"[{time}] Ada {errors} kesalahan; browser menampilkan halaman kesalahan sampai berkasnya diperbaiki.",
                  $"[{time}] {errors} errors; the browser shows them until the file is fixed."));
        if (_timings)
        {
            Console.WriteLine(string.Join("  ", site.Timings.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Stage} {t.Elapsed.TotalMilliseconds:F1} ms"))));
        }
    }

    private async Task HandleAsync(HttpContext context, CancellationToken stopping)
    {
        var request = context.Request;
        var response = context.Response;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (_allowedHosts is { } allowed && !allowed.Contains(request.Host.Value ?? ""))
        {
            response.StatusCode = StatusCodes.Status403Forbidden;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(Say(
                "Pratinjau KimPress hanya melayani alamat komputer ini (127.0.0.1 atau localhost).",
                "The KimPress preview answers only to this computer's own address (127.0.0.1 or localhost)."), context.RequestAborted).ConfigureAwait(false);
            return;
        }

        if (request.Path == EventsPath)
        {
            await StreamEventsAsync(context, stopping).ConfigureAwait(false);
            return;
        }

        await _firstBuild.Task.WaitAsync(context.RequestAborted).ConfigureAwait(false);
        var site = _site!;
        response.Headers.CacheControl = "no-store";

        var path = (request.Path.Value ?? "/").TrimStart('/');
        var file = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
        if (!site.Succeeded && IsHtml(file))
        {
            await WriteHtmlAsync(context, StatusCodes.Status500InternalServerError, site.ErrorPage(), site.Generation).ConfigureAwait(false);
            return;
        }

        // While the build is broken, stylesheets and images still come from the last good build.
        var found = site.Succeeded ? site : _lastGood;
        if (found is null || !found.Contains(file))
        {
            if (found is not null && found.Contains(path + "/index.html"))
            {
                // A folder asked for without its slash: send the browser to the real page address.
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = "/" + Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal) + "/" + request.QueryString;
                return;
            }

            var notFound = found?.NotFoundPage();
            if (notFound is not null)
            {
                await WriteHtmlAsync(context, StatusCodes.Status404NotFound, Encoding.UTF8.GetString(notFound), site.Generation).ConfigureAwait(false);
            }
            else
            {
                response.StatusCode = StatusCodes.Status404NotFound;
            }

            return;
        }

        var bytes = found.Get(file);
        if (bytes is null)
        {
            // The page's template failed while rendering it: the error is in AllDiagnostics now.
            await WriteHtmlAsync(context, StatusCodes.Status500InternalServerError, found.ErrorPage(), site.Generation).ConfigureAwait(false);
            return;
        }

        if (IsHtml(file))
        {
            Remember(file);
            await WriteHtmlAsync(context, StatusCodes.Status200OK, Encoding.UTF8.GetString(bytes), site.Generation).ConfigureAwait(false);
            return;
        }

        response.ContentType = ContentType(file);
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(request.Method))
        {
            await response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string html, int generation)
    {
        var bytes = Encoding.UTF8.GetBytes(InjectReload(html, generation));
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>Adds the live-reload script before &lt;/body&gt; (or at the end): preview only, never in built files.</summary>
    public static string InjectReload(string html, int generation)
    {
        var script = string.Create(CultureInfo.InvariantCulture,
            $"<script>(function(){{var g=\"{generation}\",s=new EventSource(\"{EventsPath}\");s.onmessage=function(e){{if(e.data!==g){{s.close();location.reload();}}}};}})();</script>\n");
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + script : html.Insert(at, script);
    }

    /// <summary>
    /// Server-sent events: the current build's generation at once, then each new one as it is
    /// published. A tab whose page came from another generation reloads.
    /// </summary>
    private async Task StreamEventsAsync(HttpContext context, CancellationToken stopping)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
        try
        {
            await _firstBuild.Task.WaitAsync(done.Token).ConfigureAwait(false);
            await response.WriteAsync("retry: 500\n\n", done.Token).ConfigureAwait(false);
            var sent = 0;
            while (!done.IsCancellationRequested)
            {
                var next = _nextSite.Task;
                var site = _site!;
                if (site.Generation != sent)
                {
                    sent = site.Generation;
                    await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {sent}\n\n"), done.Token).ConfigureAwait(false);
                    await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
                }

                try
                {
                    await next.WaitAsync(KeepAlive, done.Token).ConfigureAwait(false);
                }
                catch (TimeoutException)
                {
                    await response.WriteAsync(": keep-alive\n\n", done.Token).ConfigureAwait(false);
                    await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
    }

    /// <summary>This computer's IPv4 addresses on networks that are up, loopback left out.</summary>
    private static IEnumerable<string> LanAddresses()
    {
        try
        {
            return [.. System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == System.Net.NetworkInformation.OperationalStatus.Up)
                .SelectMany(n => n.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address)
                .Where(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
                .Select(a => a.ToString())
                .Distinct()
                .Order(StringComparer.Ordinal)];
        }
        catch (System.Net.NetworkInformation.NetworkInformationException)
        {
            return [];
        }
    }

    private void Remember(string file)
    {
        lock (_recentPages)
        {
            _recentPages.Remove(file);
            _recentPages.AddFirst(file);
            if (_recentPages.Count > RecentPagesKept)
            {
                _recentPages.RemoveLast();
            }
        }
    }

    private static bool IsHtml(string file) => file.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    private string ContentType(string file) =>
        file.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "application/xml; charset=utf-8"
        : file.EndsWith(".css", StringComparison.OrdinalIgnoreCase) ? "text/css; charset=utf-8"
        : file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? "text/plain; charset=utf-8"
        : _contentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";

    private string Say(string indonesian, string english) => (_language ?? _site?.Language) == "en" ? english : indonesian;
}
