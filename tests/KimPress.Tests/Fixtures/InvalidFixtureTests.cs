using KimPress.Build;
using KimPress.Output;
using KimPress.Tests.EndToEnd;
using KimPress.Tests.Support;

namespace KimPress.Tests.Fixtures;

/// <summary>
/// One fixture per kind of mistake under tests/fixtures/invalid/: the fixture's files are laid
/// over _base/, the site is checked, and the exact diagnostics (code, path, line, column) and
/// exit code are compared with expected.txt.
/// </summary>
public sealed class InvalidFixtureTests
{
    private static readonly string Invalid = Path.Combine(DemoSiteFixture.FindRepositoryRoot(), "tests", "fixtures", "invalid");

    public static TheoryData<string> Kinds() =>
        [.. Directory.EnumerateDirectories(Invalid).Select(d => Path.GetFileName(d)).Where(n => !n.StartsWith('_')).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Reports_exactly_the_expected_diagnostics(string kind)
    {
        var root = Path.Combine(Path.GetTempPath(), $"kimpress-invalid-{kind}-{Guid.NewGuid():N}");
        try
        {
            CliRunner.CopyDirectory(Path.Combine(Invalid, "_base"), root);
            var fixture = Path.Combine(Invalid, kind);
            foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(fixture, file);
                if (relative is "expected.verified.txt" or "expected.received.txt" or "_delete")
                {
                    continue;
                }

                var target = Path.Combine(root, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target, overwrite: true);
            }

            var delete = Path.Combine(fixture, "_delete");
            if (File.Exists(delete))
            {
                foreach (var path in File.ReadAllLines(delete).Where(l => l.Length > 0))
                {
                    File.Delete(Path.Combine(root, path));
                }
            }

            var before = CliRunner.Snapshot(root);
            var output = new MemoryOutput();
            var result = SiteBuilder.Build(new BuildOptions { SourceDirectory = root, Output = output, Now = new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero) });
            var actual = $"exit {result.ExitCode}\n" + string.Concat(result.Diagnostics.Select(d => $"{d.Code} {d.Location}\n"));

            Golden.Verify("expected", actual, "txt", fixture);
            Assert.Equal(before, CliRunner.Snapshot(root));
            if (result.ExitCode != 0)
            {
                Assert.Empty(output.Files);
            }

            // Every message and hint reads in both languages (no placeholder left unfilled).
            foreach (var diagnostic in result.Diagnostics)
            {
                foreach (var language in new[] { "id", "en" })
                {
                    Assert.DoesNotMatch(@"\{\d+\}", diagnostic.Message(language) + diagnostic.Hint(language));
                    Assert.False(string.IsNullOrWhiteSpace(diagnostic.Hint(language)));
                }
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}
