using System.Text.RegularExpressions;
using KimPress.Build;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace KimPress.BrowserTests.Support;

/// <summary>
/// The repository's demo site, built once into a temporary folder and served over HTTP on
/// 127.0.0.1 (a free port), as a static host would: folders answer with their index.html,
/// unknown paths with 404.html and status 404. One Chromium is shared by every browser test.
/// </summary>
public sealed partial class DemoSiteServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kimpress-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The built site on disk.</summary>
    public string Output => Path.Combine(_folder, "public");

    /// <summary>The server's address, ending in a slash.</summary>
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>One page of every kind, by name: URL path (from the site root) and the file behind it.</summary>
    public IReadOnlyList<SamplePage> Samples { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            SourceDirectory = Tools.RepositoryRoot,
            OutputDirectory = Output,
            UseCache = false,
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The demo site does not build:\n" + string.Join("\n", result.Diagnostics));
        }

        Samples = PickSamples(Output);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        var files = new PhysicalFileProvider(Output);
        _app.UseFileServer(new FileServerOptions { FileProvider = files });
        _app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    /// <summary>The shared browser, launched on first use from the machine's Chromium.</summary>
    public async Task<IBrowser> Browser()
    {
        if (_browser is not null)
        {
            return _browser;
        }

        var chromium = Tools.Chromium();

        // The driver (Node and Playwright's package) ships inside the NuGet package; nothing is
        // downloaded: no browser install, and the executable is the one found on PATH.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--disable-gpu", "--disable-dev-shm-usage"],
        });
        return _browser;
    }

    /// <summary>The absolute URL of a sample.</summary>
    public string Url(SamplePage page) => new Uri(BaseAddress, page.UrlPath).AbsoluteUri;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder; the OS cleans it up if we cannot.
        }
    }

    // One page of each kind the theme has, found by the kind-… class base.html puts on <body>,
    // plus a hoax clarification and a post with a cover image (the richest posts), and the 404.
    private static List<SamplePage> PickSamples(string output)
    {
        var pages = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(p => !p.Contains("/page/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (Path: p, Html: File.ReadAllText(Path.Combine(output, p))))
            .Select(p => (p.Path, p.Html, Kind: KindPattern().Match(p.Html).Groups[1].Value))
            .ToList();

        SamplePage Pick(string name, Func<(string Path, string Html, string Kind), bool> where)
        {
            var page = pages.FirstOrDefault(where);
            Assert.False(page.Path is null, $"The demo site has no page for the sample '{name}'.");
            return new SamplePage(name, page.Path[..^"index.html".Length], page.Path);
        }

        SamplePage OfKind(string kind) => Pick(kind, p => p.Kind == kind);

        return
        [
            OfKind("home"),
            OfKind("cluster"),
            OfKind("kecamatan"),
            OfKind("directory"),
            OfKind("tags"),
            OfKind("tag"),
            OfKind("kim"),
            Pick("post", p => p.Kind == "post" && p.Html.Contains("class=\"claim\"", StringComparison.Ordinal)),
            Pick("post-cover", p => p.Kind == "post" && p.Html.Contains("class=\"cover\"", StringComparison.Ordinal)),
            OfKind("profile"),
            OfKind("page"),
            new SamplePage("404", "halaman-yang-tidak-ada/", "404.html"),
        ];
    }

    [GeneratedRegex("<body class=\"kind-([a-z0-9]+)\"")]
    private static partial Regex KindPattern();
}

/// <summary>A page checked in the browser and by the HTML checker.</summary>
/// <param name="Name">Its kind, for messages and screenshot names.</param>
/// <param name="UrlPath">Its URL path from the site root.</param>
/// <param name="File">The file served for it, relative to the output folder.</param>
public sealed record SamplePage(string Name, string UrlPath, string File)
{
    public override string ToString() => $"{Name} (/{UrlPath})";
}

[CollectionDefinition(Name)]
public sealed class DemoSiteCollection : ICollectionFixture<DemoSiteServer>
{
    public const string Name = "Demo site served on loopback";
}
