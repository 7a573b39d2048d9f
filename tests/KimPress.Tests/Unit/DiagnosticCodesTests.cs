using System.Reflection;
using KimPress.Diagnostics;
using KimPress.Tests.EndToEnd;

namespace KimPress.Tests.Unit;

public sealed class DiagnosticCodesTests
{
    private static IReadOnlyList<DiagnosticDescriptor> All =>
        [.. typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (DiagnosticDescriptor)f.GetValue(null)!)];

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        Assert.All(All, d => Assert.Matches("^KP0[0-5][0-9]{2}$", d.Code));
        Assert.Equal(All.Count, All.Select(d => d.Code).Distinct().Count());
        Assert.All(All, d => Assert.False(string.IsNullOrWhiteSpace(d.MessageId + d.MessageEn + d.HintId + d.HintEn)));
    }

    [Fact]
    public void Every_code_is_documented_with_an_example_or_fix()
    {
        var docs = File.ReadAllText(Path.Combine(DemoSiteFixture.FindRepositoryRoot(), "docs", "diagnostics.md"));
        var headings = docs.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).ToList();
        foreach (var descriptor in All)
        {
            Assert.True(headings.Any(h => h.Contains(descriptor.Code, StringComparison.Ordinal)), $"{descriptor.Code} has no section in docs/diagnostics.md");
        }
    }
}

public sealed class DiagnosticPrinterTests
{
    [Fact]
    public void Long_lists_are_capped_with_a_count_of_the_rest()
    {
        var bag = new DiagnosticBag();
        for (var i = 1; i <= 150; i++)
        {
            bag.Report(DiagnosticCodes.MissingSummary, new SourceLocation($"content/kim-a/posts/p{i:000}.md", 2, 1));
        }

        using var writer = new StringWriter();
        DiagnosticPrinter.WriteText(writer, bag.Sorted(), "id");
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(201, lines.Length);
        Assert.Equal("content/kim-a/posts/p001.md:2:1: warning KP0302: Tulisan ini belum punya ringkasan (summary)", lines[0]);
        Assert.StartsWith("    petunjuk: Tambahkan \"summary:\"", lines[1]);
        Assert.Equal("... dan 50 lainnya", lines[^1]);
    }
}
