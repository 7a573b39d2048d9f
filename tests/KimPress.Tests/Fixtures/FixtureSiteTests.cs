using System.Security.Cryptography;
using KimPress.Build;
using KimPress.Output;
using KimPress.Tests.EndToEnd;
using KimPress.Tests.Support;

namespace KimPress.Tests.Fixtures;

/// <summary>
/// Builds each valid fixture site under tests/fixtures/ and compares every output file with
/// its golden copy in Snapshots/&lt;fixture&gt;/ (Verify conventions; KIMPRESS_ACCEPT=1 accepts).
/// </summary>
public sealed class FixtureSiteTests
{
    private static readonly DateTimeOffset Now = new(2024, 6, 1, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("minimal")]
    public void Output_matches_the_golden_files(string fixture)
    {
        var root = Path.Combine(DemoSiteFixture.FindRepositoryRoot(), "tests", "fixtures", fixture);
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = root, Output = output, Now = Now, UseCache = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var snapshots = Path.Combine(DemoSiteFixture.FindRepositoryRoot(), "tests", "KimPress.Tests", "Fixtures", "Snapshots", fixture);
        var manifest = new List<string>();
        foreach (var (path, bytes) in output.Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            manifest.Add($"{path} {Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}");
            var extension = Path.GetExtension(path).TrimStart('.');
            if (extension is "html" or "xml" or "txt")
            {
                Golden.Verify(path.Replace('/', '_')[..^(extension.Length + 1)], output.ReadText(path)!, extension, snapshots);
            }
        }

        Golden.Verify("_files", string.Join("\n", manifest) + "\n", "txt", snapshots);
    }
}
