using System.Diagnostics;
using System.Text.Json;
using KimPress.BrowserTests.Support;

namespace KimPress.BrowserTests;

/// <summary>
/// The W3C Nu Html Checker (vnu.jar from the npm package vnu-jar, run with the machine's Java)
/// on one page of every kind, in one Java run: no errors allowed.
/// </summary>
[Collection(DemoSiteCollection.Name)]
public sealed class HtmlValidityTests(DemoSiteServer site)
{
    [SkippableFact]
    public async Task The_nu_html_checker_finds_no_errors_on_any_kind_of_page()
    {
        var java = Tools.Java();
        var jar = Tools.VnuJar();
        var files = site.Samples.Select(s => s.File).Distinct().ToList();
        var start = new ProcessStartInfo(java)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = site.Output,
        };
        foreach (var argument in (string[])["-jar", jar, "--errors-only", "--format", "json", .. files])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);

        // vnu writes its JSON report to standard error.
        var report = (await stderr).Trim();
        Assert.True(report.StartsWith('{'), $"vnu.jar gave no JSON report (exit {process.ExitCode}): {report}\n{await stdout}");
        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Page(m)}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}"
                + (m.TryGetProperty("extract", out var extract) ? $"\n    {extract.GetString()?.ReplaceLineEndings(" ")}" : ""))
            .ToList();

        Assert.True(errors.Count == 0, $"The Nu Html Checker found {errors.Count} errors:\n" + string.Join("\n", errors));
        Assert.Equal(0, process.ExitCode);
    }

    // vnu names each file by its file: URL; the page is the part after the output folder.
    private string Page(JsonElement message)
    {
        var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        var sample = site.Samples.FirstOrDefault(s => url.EndsWith("/" + s.File, StringComparison.Ordinal));
        return sample?.ToString() ?? url;
    }
}
