using KimPress.Build;
using KimPress.Diagnostics;
using KimPress.Output;
using KimPress.Tests.Support;

namespace KimPress.Tests.Sites;

/// <summary>site.yml's <c>budget: { page_kb: N }</c>: a warning for each page whose HTML plus stylesheet is over it.</summary>
public sealed class PageBudgetTests
{
    [Fact]
    public void Pages_of_the_basic_site_are_within_the_default_30_kb()
    {
        using var site = MiniSite.Basic();
        var built = site.Build().AssertSucceeded();

        Assert.DoesNotContain(built.Result.Diagnostics, d => d.Code == "KP0406");
        var css = built.Output.Files["assets/style.css"].Length;
        Assert.All(built.Output.Files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal)), f => Assert.True(f.Value.Length + css <= 30_000, f.Key));
    }

    [Fact]
    public void A_page_over_the_budget_is_named_with_its_size_and_the_build_still_publishes()
    {
        using var site = MiniSite.Basic()
            .With("site.yml", MiniSite.SiteYml + "\nbudget: { page_kb: 30 }\n")
            .With("content/kim-sukamaju/posts/2024-05-20-laporan-panjang.md", $"""
                ---
                title: Laporan Panjang
                date: 2024-05-20
                summary: Sangat panjang.
                ---
                {string.Join("\n\n", Enumerable.Repeat("Warga desa bergotong royong memperbaiki saluran air di sepanjang jalan dusun.", 400))}
                """);
        var built = site.Build().AssertSucceeded();

        var warning = Assert.Single(built.Result.Diagnostics, d => d.Code == "KP0406");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("content/kim-sukamaju/posts/2024-05-20-laporan-panjang.md", warning.Location.Path);
        var html = built.Output.Files["kim-sukamaju/laporan-panjang/index.html"].Length;
        var css = built.Output.Files["assets/style.css"].Length;
        Assert.Equal(
            $"Halaman /kim-sukamaju/laporan-panjang/ berukuran {Kb(html + css)} KB (HTML {Kb(html)} KB + CSS {Kb(css)} KB), melebihi batas 30 KB",
            warning.Message("id"));
        Assert.Contains("budget: { page_kb: 30 }", warning.Hint("id"), StringComparison.Ordinal);
        Assert.StartsWith("The page /kim-sukamaju/laporan-panjang/ weighs ", warning.Message("en"), StringComparison.Ordinal);
        Assert.True(built.Has("kim-sukamaju/laporan-panjang/index.html"));
    }

    [Fact]
    public void A_lower_budget_in_site_yml_warns_for_every_page_over_it_and_strict_fails()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml + "\nbudget: { page_kb: 1 }\n");
        var built = site.Build().AssertSucceeded();

        var pages = built.Output.Files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        Assert.Equal(pages, built.Result.Diagnostics.Count(d => d.Code == "KP0406"));
        Assert.False(site.Build(o => o with { Strict = true }).Result.Succeeded);
    }

    [Fact]
    public void The_warning_comes_back_when_an_unchanged_page_is_reused_from_the_last_build()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml + "\nbudget: { page_kb: 1 }\n");
        site.Materialize();
        var first = new MemoryOutput();
        var cold = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = first, OutputIdentity = "memory", Now = MiniSite.Now });
        var warm = SiteBuilder.Build(new BuildOptions { SourceDirectory = site.Root, Output = new MemoryOutput(first.Files), OutputIdentity = "memory", Now = MiniSite.Now });

        Assert.Equal(0, warm.Rendered);
        var coldWarnings = cold.Diagnostics.Where(d => d.Code == "KP0406").Select(d => d.Format("id")).ToList();
        Assert.NotEmpty(coldWarnings);
        Assert.Equal(coldWarnings, warm.Diagnostics.Where(d => d.Code == "KP0406").Select(d => d.Format("id")));
    }

    [Fact]
    public void A_budget_that_is_not_a_positive_number_is_an_error_in_site_yml()
    {
        using var site = MiniSite.Basic().With("site.yml", MiniSite.SiteYml + "\nbudget: { page_kb: nol }\n");
        var built = site.Build();

        Assert.False(built.Result.Succeeded);
        Assert.Contains(built.Result.Diagnostics, d => d.Location.Path == "site.yml" && d.Severity == Severity.Error);
    }

    private static string Kb(long bytes) => (Math.Ceiling(bytes / 100.0) / 10).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
}
