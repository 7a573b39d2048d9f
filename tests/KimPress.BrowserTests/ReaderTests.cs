using Deque.AxeCore.Playwright;
using KimPress.BrowserTests.Support;
using Microsoft.Playwright;

namespace KimPress.BrowserTests;

/// <summary>
/// One page of every kind of the demo site, opened in headless Chromium as a reader's phone and a
/// desktop would: accessible (axe-core, every impact), no horizontal scrolling at 360 px, nothing
/// loaded but the page, one stylesheet and images. Screenshots go to test-output/screenshots/.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class ReaderTests(DemoSiteServer site)
{
    private static readonly int[] Widths = [360, 1280];

    [SkippableFact]
    public async Task Axe_finds_no_violations_on_any_kind_of_page()
    {
        var browser = await site.Browser();
        var problems = new List<string>();
        foreach (var sample in site.Samples)
        {
            // Phone and desktop: the tables and the KIM bar change layout between them.
            foreach (var width in Widths)
            {
                var page = await OpenAsync(browser, sample, width);
                var result = await page.RunAxe();
                foreach (var violation in result.Violations)
                {
                    var where = string.Join("; ", violation.Nodes.Take(5).Select(n => n.Target + " " + n.Html));
                    problems.Add($"{sample} at {width}px: {violation.Id} ({violation.Impact}) {violation.Help} — {where}");
                }

                Assert.NotEmpty(result.Passes);
                await page.Context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, "axe-core found:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Every_kind_fits_a_360px_phone_and_is_photographed_at_360_and_1280px()
    {
        var browser = await site.Browser();
        var folder = Tools.OutputFolder("screenshots");
        var problems = new List<string>();
        foreach (var sample in site.Samples)
        {
            foreach (var width in Widths)
            {
                var page = await OpenAsync(browser, sample, width);
                var overflow = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                if (overflow[0] > overflow[1])
                {
                    var wide = await page.EvaluateAsync<string[]>(
                        "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''))");
                    problems.Add($"{sample} at {width}px: {overflow[0]}px wide content in a {overflow[1]}px window ({string.Join(", ", wide)})");
                }

                var file = Path.Combine(folder, $"{sample.Name}-{width}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                Assert.True(new FileInfo(file).Length > 1000, file);
                await page.Context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, "Horizontal scrolling:\n" + string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Pages_load_one_stylesheet_no_scripts_no_fonts_and_nothing_from_elsewhere()
    {
        var browser = await site.Browser();
        var problems = new List<string>();
        foreach (var sample in site.Samples)
        {
            var requests = new List<IRequest>();
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
            var page = await context.NewPageAsync();
            page.Request += (_, request) => requests.Add(request);
            await page.GotoAsync(site.Url(sample), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            var stylesheets = requests.Count(r => r.ResourceType == "stylesheet");
            if (stylesheets != 1)
            {
                problems.Add($"{sample}: {stylesheets} stylesheets");
            }

            foreach (var request in requests.Where(r => r.ResourceType is "script" or "font" or "xhr" or "fetch" or "websocket"))
            {
                problems.Add($"{sample}: loads a {request.ResourceType}: {request.Url}");
            }

            foreach (var request in requests.Where(r => !r.Url.StartsWith(site.BaseAddress.AbsoluteUri, StringComparison.Ordinal)))
            {
                problems.Add($"{sample}: loads from elsewhere: {request.Url}");
            }

            var scripts = await page.EvaluateAsync<int>("() => document.querySelectorAll('script:not([type=\"application/ld+json\"])').length");
            if (scripts > 0)
            {
                problems.Add($"{sample}: {scripts} script elements");
            }

            Assert.Contains(requests, r => r.ResourceType == "document");
            await context.CloseAsync();
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task A_post_reads_and_shares_without_javascript()
    {
        var browser = await site.Browser();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 360, Height = 800 } });
        var page = await context.NewPageAsync();
        var post = site.Samples.Single(s => s.Name == "post");
        await page.GotoAsync(site.Url(post));

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        var share = await page.Locator("a[href^='https://wa.me/?text=']").GetAttributeAsync("href");
        Assert.Contains(Uri.EscapeDataString("https://kim.giriwangikab.go.id/" + post.UrlPath), share, StringComparison.Ordinal);
        Assert.Equal("https://kim.giriwangikab.go.id/" + post.UrlPath, await page.Locator(".share input").InputValueAsync());
        Assert.True(await page.Locator(".claim .rating").IsVisibleAsync());
        await context.CloseAsync();
    }

    [SkippableFact]
    public async Task Keyboard_focus_is_visible_starting_with_the_skip_link()
    {
        var browser = await site.Browser();
        var post = site.Samples.Single(s => s.Name == "post");
        var page = await OpenAsync(browser, post, 360);

        await page.Keyboard.PressAsync("Tab");
        var skip = await page.EvaluateAsync<double[]>("() => { const r = document.activeElement.getBoundingClientRect(); return [r.left, r.width, document.activeElement.classList.contains('skip') ? 1 : 0]; }");
        Assert.Equal(1, skip[2]);
        Assert.True(skip[0] >= 0 && skip[1] > 0, "the skip link stays off screen when focused");

        var unfocused = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var style = await page.EvaluateAsync<string[]>(
                "() => { const s = getComputedStyle(document.activeElement); return [document.activeElement.outerHTML.slice(0, 80), s.outlineStyle, s.outlineColor, s.boxShadow, s.backgroundColor]; }");
            var ring = style[1] != "none" && !style[2].EndsWith(", 0)", StringComparison.Ordinal);
            if (!ring && style[3] == "none")
            {
                unfocused.Add(style[0]);
            }

            if (i == 11)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Tools.OutputFolder("screenshots"), "focus-360.png") });
            }
        }

        Assert.True(unfocused.Count == 0, "No visible focus on:\n" + string.Join("\n", unfocused));
        await page.Context.CloseAsync();
    }

    private async Task<IPage> OpenAsync(IBrowser browser, SamplePage sample, int width)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 800 }, Locale = "id-ID" });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(site.Url(sample), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.NotNull(response);
        Assert.Equal(sample.Name == "404" ? 404 : 200, response.Status);
        return page;
    }
}
