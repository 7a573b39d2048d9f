using System.Globalization;
using KimPress.Diagnostics;
using KimPress.Planning;
using KimPress.Rendering;

namespace KimPress.Output;

/// <summary>
/// The page-weight budget from site.yml (<c>budget: { page_kb: 30 }</c>): a page's HTML plus the
/// theme's one stylesheet, uncompressed, images excluded, is what a reader on a weak connection
/// has to load before the page is readable. Every page over it gets a KP0406 warning.
/// </summary>
internal sealed class PageBudget
{
    private readonly long _limit;
    private readonly int _limitKb;
    private readonly long _stylesheetBytes;
    private readonly ViewFactory _views;

    public PageBudget(Configuration.SiteSettings settings, ThemeFiles theme, ViewFactory views)
    {
        _limit = settings.Budget.PageBytes;
        _limitKb = settings.Budget.PageKb;
        _stylesheetBytes = theme.ReadBytes(ViewFactory.Stylesheet)?.LongLength ?? 0;
        _views = views;
    }

    /// <summary>Reports <paramref name="page"/> when its <paramref name="htmlBytes"/> and the stylesheet exceed the budget.</summary>
    public void Check(PlannedPage page, long htmlBytes, DiagnosticBag diagnostics)
    {
        var total = htmlBytes + _stylesheetBytes;
        if (total <= _limit)
        {
            return;
        }

        diagnostics.Report(DiagnosticCodes.PageOverBudget, new SourceLocation(page.Source),
            _views.Href(page.UrlPath), Kb(total), Kb(htmlBytes), Kb(_stylesheetBytes), _limitKb.ToString(CultureInfo.InvariantCulture));
    }

    // One decimal (a comma in Indonesian), rounded up so a page just over the budget never reads as "30,0 KB": "30,1" / "30.1".
    private static Phrase Kb(long bytes)
    {
        var en = (Math.Ceiling(bytes / 100.0) / 10).ToString("0.0", CultureInfo.InvariantCulture);
        return new Phrase(en.Replace('.', ','), en);
    }
}
