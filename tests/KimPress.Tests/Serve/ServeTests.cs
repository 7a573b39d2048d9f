using System.Net;
using AngleSharp.Html.Parser;
using KimPress.Tests.Support;

namespace KimPress.Tests.Serve;

/// <summary>
/// kimpress serve, driven over HTTP on loopback as a browser would: pages, live reload events,
/// the error page and its recovery, drafts, and a clean stop on Ctrl+C.
/// </summary>
public sealed class ServeTests
{
    private const string PostPath = "content/kim-sukamaju/posts/2024-03-01-posyandu-aktif.md";
    private const string PostUrl = "/kim-sukamaju/posyandu-aktif/";
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Listens to the reload events as an open tab does, past the first (the current build).</summary>
    private static async Task<EventStream> OpenTabAsync(ServeProcess server)
    {
        var events = await EventStream.OpenAsync(server.Http, "/_kimpress/events");
        await events.NextAsync(EventTimeout);
        return events;
    }

    private static MiniSite Site() => MiniSite.Basic()
        .With("content/kim-mekarsari/posts/2024-05-20-rencana-pasar.md", """
            ---
            title: Rencana Pasar Minggu
            date: 2024-05-20 09:00
            draft: true
            summary: Draf rencana pasar.
            ---
            Masih draf.
            """)
        .With("content/kim-mekarsari/posts/2099-01-01-pasar-masa-depan.md", """
            ---
            title: Pasar Masa Depan
            date: 2099-01-01 09:00
            summary: Tulisan terjadwal.
            ---
            Belum terbit.
            """)
        .Materialize();

    [Fact]
    public async Task Serves_pages_and_reloads_the_tab_when_a_post_changes()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);

        var page = await server.Http.GetStringAsync(PostUrl);
        Assert.Contains("Posyandu Balita Kalianyar Kembali Aktif", page);
        Assert.Contains("/_kimpress/events", page);

        using var events = await EventStream.OpenAsync(server.Http, "/_kimpress/events");
        var first = await events.NextAsync(EventTimeout);

        var file = Path.Combine(site.Root, PostPath);
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("Kader posyandu kembali", "Kader posyandu Dusun Krajan kembali", StringComparison.Ordinal));

        var second = await events.NextAsync(EventTimeout);
        Assert.NotEqual(first, second);
        page = await server.Http.GetStringAsync(PostUrl);
        Assert.Contains("Kader posyandu Dusun Krajan kembali", page);
        Assert.Contains($"var g=\"{second}\"", page);

        // Stylesheet, feed, sitemap and a folder without its slash.
        using var css = await server.Http.GetAsync("/assets/style.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<feed", await server.Http.GetStringAsync("/feed.xml"));
        Assert.Contains(server.BaseAddress + "kim-sukamaju/posyandu-aktif/", await server.Http.GetStringAsync("/sitemap.xml"));
        using var redirect = await server.Http.GetAsync("/kim-sukamaju/posyandu-aktif");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal(PostUrl, redirect.Headers.Location?.OriginalString);

        // Unknown addresses get the site's own 404 page, with the reload script.
        using var missing = await server.Http.GetAsync("/tidak-ada/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("/_kimpress/events", await missing.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_broken_post_shows_the_error_page_and_fixing_it_brings_the_page_back()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);
        using var events = await OpenTabAsync(server);

        var file = Path.Combine(site.Root, PostPath);
        var good = await File.ReadAllTextAsync(file);
        await File.WriteAllTextAsync(file, good.Replace("date: 2024-03-01 08:30", "date: kemarin sore", StringComparison.Ordinal));
        await events.NextAsync(EventTimeout);

        foreach (var url in (string[])[PostUrl, "/", "/kim-mekarsari/"])
        {
            using var response = await server.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal("id", document.DocumentElement.GetAttribute("lang"));
            Assert.Equal("Situs belum bisa dibangun", document.QuerySelector("h1")!.TextContent);
            var error = document.QuerySelector("section.error")!;
            Assert.StartsWith(PostPath + ":3:7", error.QuerySelector(".where")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("KP0", error.QuerySelector(".code")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("Cara memperbaiki:", error.QuerySelector(".hint")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(error.QuerySelectorAll("pre span.here"), s => s.TextContent.Contains("date: kemarin sore", StringComparison.Ordinal));
            Assert.NotNull(document.QuerySelector("script"));
        }

        // The stylesheet still comes from the last good build while the site is broken.
        using (var css = await server.Http.GetAsync("/assets/style.css"))
        {
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        }

        await File.WriteAllTextAsync(file, good);
        await events.NextAsync(EventTimeout);
        using var fixedPage = await server.Http.GetAsync(PostUrl);
        Assert.Equal(HttpStatusCode.OK, fixedPage.StatusCode);
        Assert.Contains("Posyandu Balita Kalianyar Kembali Aktif", await fixedPage.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_broken_template_shows_the_error_page_until_it_is_fixed()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);
        using var events = await OpenTabAsync(server);

        var layout = Path.Combine(site.Root, "layouts", "post.html");
        Directory.CreateDirectory(Path.GetDirectoryName(layout)!);
        await File.WriteAllTextAsync(layout, "<article>{{ post.summary.title }</article>\n");
        await events.NextAsync(EventTimeout);
        using (var broken = await server.Http.GetAsync(PostUrl))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, broken.StatusCode);
            Assert.Contains("layouts/post.html:1", await broken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await File.WriteAllTextAsync(layout, "<article><h1>{{ post.summary.title }}</h1><p>Tata letak sendiri</p></article>\n");
        await events.NextAsync(EventTimeout);
        var page = await server.Http.GetStringAsync(PostUrl);
        Assert.Contains("Tata letak sendiri", page);
    }

    [Fact]
    public async Task Drafts_and_future_posts_are_shown_and_marked()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);

        var draft = new HtmlParser().ParseDocument(await server.Http.GetStringAsync("/kim-mekarsari/rencana-pasar/"));
        Assert.Contains(draft.QuerySelectorAll(".flag"), f => f.TextContent == "Draf");
        var future = new HtmlParser().ParseDocument(await server.Http.GetStringAsync("/kim-mekarsari/pasar-masa-depan/"));
        Assert.Contains(future.QuerySelectorAll(".flag"), f => f.TextContent == "Terjadwal");
        var list = new HtmlParser().ParseDocument(await server.Http.GetStringAsync("/kim-mekarsari/"));
        Assert.Contains(list.QuerySelectorAll(".card"), c => c.TextContent.Contains("Rencana Pasar Minggu", StringComparison.Ordinal) && c.TextContent.Contains("Draf", StringComparison.Ordinal));
    }

    [Fact]
    public void Built_output_never_contains_the_reload_script()
    {
        using var site = Site();
        var output = Path.Combine(site.Root, "public");
        var result = CliRunner.Run(site.Root, "build", "--drafts", "--future");
        Assert.Equal(0, result.ExitCode);
        var html = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(html);
        Assert.All(html, path => Assert.DoesNotContain("_kimpress", File.ReadAllText(path), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ctrl_C_stops_the_server_cleanly_even_with_a_tab_listening()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);
        using var events = await OpenTabAsync(server);

        var exitCode = await server.InterruptAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(0, exitCode);
        Assert.Contains("Pratinjau dihentikan.", server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SIGTERM_from_a_test_runner_or_service_manager_also_stops_it_cleanly()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);
        using var events = await OpenTabAsync(server);

        Assert.Equal(0, await server.InterruptAsync(TimeSpan.FromSeconds(15), signal: 15));
        Assert.Contains("Pratinjau dihentikan.", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_host_name_pointed_at_loopback_is_refused()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);

        using var rebinding = new HttpRequestMessage(HttpMethod.Get, PostUrl);
        rebinding.Headers.Host = "evil.example:" + server.BaseAddress.Port;
        using var refused = await server.Http.SendAsync(rebinding);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.DoesNotContain("Posyandu", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var local = new HttpRequestMessage(HttpMethod.Get, PostUrl);
        local.Headers.Host = "localhost:" + server.BaseAddress.Port;
        using var served = await server.Http.SendAsync(local);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task Ignores_everything_but_get_and_head()
    {
        using var site = Site();
        using var server = await ServeProcess.StartAsync(site.Root);
        using var post = await server.Http.PostAsync(PostUrl, new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        using var head = await server.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, PostUrl));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }
}
