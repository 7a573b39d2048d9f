using System.Diagnostics;
using KimPress.Build;
using KimPress.BrowserTests.Support;
using KimPress.Diagnostics;

namespace KimPress.BrowserTests;

/// <summary>
/// The native kimpress (what `dotnet publish` makes, and what Diskominfo runs in CI) against the
/// library under the JIT: trimming and ahead-of-time compilation must not change a single output
/// byte, a message or an exit code. Scriban reads view properties and some .NET types by
/// reflection, which is exactly what trimming can take away without any error at build time.
/// </summary>
public sealed class NativeBuildTests
{
    // A theme partial that reaches the reflection paths: view properties, Scriban's built-in
    // functions, and the .NET date/time types its date functions return.
    private const string BuiltinsCard = """
        <article class="card"><h3><a href="{{ p.url }}">{{ p.title }}</a></h3>
        <p>{{ p.title | string.upcase }} · {{ p.title | string.truncate 20 }} · {{ p.tags | array.size }} · {{ p.title | string.split " " | array.map "size" | array.join "," }}</p>
        <p>{{ p.title | string.slice 0 7 }} · {{ p.title | string.slice 3 }} · {{ p.title | string.index_of "a" }} · {{ timespan.zero }} · {{ {a: 1} | object.has_key "a" }} · {{ {a: 1} | object.has_value "a" }}</p>
        <p>{{ 3.14159 | math.round 2 }} · {{ (date.parse "2024-03-01").year }} · {{ (date.parse "2024-03-01").day_of_year }} · {{ date.parse "2024-03-01" | date.to_string "%d/%m/%Y" }} · {{ p.url | regex.replace "/" "_" }} · {{ object.typeof p }} · {{ p.is_draft }} · {{ p.category.name }}</p>
        </article>
        """;

    [SkippableFact]
    public void The_native_kimpress_writes_what_the_library_writes_under_the_jit()
    {
        Tools.CCompiler();
        var work = Directory.CreateTempSubdirectory("kimpress-native-").FullName;
        try
        {
            var kimpress = Publish(work);

            var demo = CopyDemo(work, "demo");
            var themed = CopyDemo(work, "themed");
            Directory.CreateDirectory(Path.Combine(themed, "layouts", "partials"));
            File.WriteAllText(Path.Combine(themed, "layouts", "partials", "post-card.html"), BuiltinsCard);
            var broken = CopyDemo(work, "broken");
            var post = Directory.EnumerateFiles(Path.Combine(broken, "content"), "*.md", SearchOption.AllDirectories)
                .Where(p => p.Contains($"{Path.DirectorySeparatorChar}posts{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal).First();
            var text = File.ReadAllText(post);
            Assert.Contains("\ndate: ", text, StringComparison.Ordinal);
            File.WriteAllText(post, text.Replace("\ndate: ", "\ndate: 31-02-2025 ", StringComparison.Ordinal));

            foreach (var site in new[] { demo, themed })
            {
                var jit = SiteBuilder.Build(new BuildOptions { SourceDirectory = site, OutputDirectory = Path.Combine(site, "public-jit"), UseCache = false });
                Assert.True(jit.Succeeded, string.Join("\n", jit.Diagnostics.Select(d => d.Format("en"))));
                var (exit, _, stderr) = Run(kimpress, "build", "--source", site, "--output", Path.Combine(site, "public-native"));
                Assert.True(exit == 0, $"native build of {site} failed ({exit}):\n{stderr}");
                AssertSameFiles(Path.Combine(site, "public-jit"), Path.Combine(site, "public-native"));
            }

            Assert.Contains("2024 · 61 · 01/03/2024", File.ReadAllText(Path.Combine(themed, "public-native", "index.html")), StringComparison.Ordinal);

            // The same errors, as JSON for CI annotations, and the same exit code.
            var check = SiteBuilder.Build(new BuildOptions { SourceDirectory = broken, CheckOnly = true, UseCache = false });
            var json = new StringWriter();
            DiagnosticPrinter.WriteJson(json, check.Diagnostics, check.Language);
            var (checkExit, stdout, _) = Run(kimpress, "check", "--source", broken, "--format", "json");
            Assert.Equal(check.ExitCode, checkExit);
            Assert.Equal(1, checkExit);
            Assert.Equal(json.ToString(), stdout);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Publish(string work)
    {
        var output = Path.Combine(work, "kimpress");
        var (exit, stdout, stderr) = Run("dotnet", TimeSpan.FromMinutes(10), "publish", Path.Combine(Tools.RepositoryRoot, "src", "KimPress.Cli"),
            "-c", "Release", "-r", "linux-x64", "-o", output, "-nologo");
        Assert.True(exit == 0, $"dotnet publish failed ({exit}):\n{stdout}\n{stderr}");
        return Path.Combine(output, "kimpress");
    }

    // site.yml, content/ and the theme folder (the demo uses the repository's themes/default).
    private static string CopyDemo(string work, string name)
    {
        var site = Path.Combine(work, name);
        Directory.CreateDirectory(site);
        File.Copy(Path.Combine(Tools.RepositoryRoot, "site.yml"), Path.Combine(site, "site.yml"));
        foreach (var folder in new[] { "content", "themes" })
        {
            var from = Path.Combine(Tools.RepositoryRoot, folder);
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(site, folder, Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
        }

        return site;
    }

    private static void AssertSameFiles(string expected, string actual)
    {
        static List<string> Files(string root) =>
            [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

        var files = Files(expected);
        Assert.True(files.Count > 100, $"only {files.Count} files in {expected}");
        Assert.Equal(files, Files(actual));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs between the JIT and the native build");
        }
    }

    private static (int Exit, string Stdout, string Stderr) Run(string program, params string[] arguments) =>
        Run(program, TimeSpan.FromMinutes(2), arguments);

    private static (int Exit, string Stdout, string Stderr) Run(string program, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish within {timeout}");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
