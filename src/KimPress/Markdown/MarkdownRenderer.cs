using System.Buffers;
using System.Text;
using KimPress.Diagnostics;
using KimPress.PostProcessing;
using KimPress.Text;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KimPress.Markdown;

/// <summary>The HTML of a Markdown body and what was learnt while rendering it.</summary>
/// <param name="Utf8">
/// Safe HTML as UTF-8 (the way it is stored and written): links checked, raw HTML sanitised. It may
/// lie in the renderer's buffer for this thread, which the next body rendered on the same thread
/// overwrites: store or copy it before rendering another.
/// </param>
/// <param name="Excerpt">Plain text of the first paragraph.</param>
/// <param name="WordCount">Words in the body's text.</param>
public sealed record RenderedMarkdown(ReadOnlyMemory<byte> Utf8, string Excerpt, int WordCount)
{
    /// <summary>What a file that could not be rendered contributes: nothing.</summary>
    public static readonly RenderedMarkdown Empty = new(ReadOnlyMemory<byte>.Empty, "", 0);

    /// <summary>The HTML as text.</summary>
    public string Html => Encoding.UTF8.GetString(Utf8.Span);
}

/// <summary>
/// Renders KIM members' Markdown: CommonMark with GFM tables, task lists, autolinks,
/// footnotes, strikethrough and heading ids. The Markdig pipeline is built once and shared.
/// Every link and image address goes through the <see cref="LinkResolver"/>; raw HTML is
/// sanitised by the <see cref="HtmlSanitizing"/> allowlist.
/// </summary>
/// <param name="links">Resolves and checks every address.</param>
/// <param name="sanitizer">Cleans raw HTML.</param>
/// <param name="limits">Bounds on line length, nesting and render time.</param>
public sealed class MarkdownRenderer(LinkResolver links, HtmlSanitizing sanitizer, Configuration.LimitSettings limits)
{
    // One writer per thread, reused body after body.
    [ThreadStatic]
    private static Utf8Writer? t_writer;

    // Below this size no input can keep Markdig busy for long; above it, rendering runs on a
    // watchdog thread that is given up after limits.RenderSeconds.
    private const int WatchdogThreshold = 32 * 1024;

    // Bare addresses (https://…, www.…, mailto:…, tel:…) become links, as on GitHub. Markdig's
    // autolink parser is tried at every word that starts with h, f, m, t or w, and in Indonesian
    // that is most words (me-, mem-, ter-…): Markdown rendering took 8–12 % longer. A body is
    // therefore parsed without it first, and again with it only when some text of that parse holds
    // the start of an address. Without one, the autolink parser cannot have matched anywhere, and
    // Markdig joins the pieces of text it would have split, so both parses give the same tree
    // (bodies with footnotes excepted, which always get the full parse: see RenderChecked).
    private static readonly MarkdownPipeline Full = Builder(autoLinks: true).Build();
    private static readonly MarkdownPipeline WithoutAutoLinks = Builder(autoLinks: false).Build();

    /// <summary>What every address the autolink parser accepts starts with (case is ignored).</summary>
    internal static readonly string[] AddressMarkers = ["://", "www.", "mailto:", "tel:"];

    /// <summary>
    /// Every marker holds one of these: markers are found from them. Searching for the markers
    /// themselves (SearchValues of strings, case ignored) took 5 % of a native build of 12,000
    /// posts (perf); searching for these two characters and checking around each takes under 1 %.
    /// </summary>
    internal const string MarkerAnchors = ":.";

    private static readonly SearchValues<char> Anchors = SearchValues.Create(MarkerAnchors);

    // Each anchor in each marker, and how far into the marker it lies.
    private static readonly (char Anchor, string Marker, int Offset)[] AnchoredMarkers =
        [.. AddressMarkers.SelectMany(m => m.Select((c, i) => (c, m, i)).Where(x => MarkerAnchors.Contains(x.c)))];

    private static readonly int MaxAnchorOffset = AnchoredMarkers.Max(a => a.Offset);

    /// <summary>For tests: parse every body with the autolink parser, as before the shortcut.</summary>
    internal bool AlwaysAutoLinks { get; init; }

    /// <summary>
    /// Renders <paramref name="markdown"/>, which starts on line <paramref name="firstLine"/> of
    /// <paramref name="displayPath"/> (a file in <paramref name="sourceDirectory"/>; local links
    /// must stay in <paramref name="scopeDirectory"/>).
    /// </summary>
    public RenderedMarkdown Render(string markdown, int firstLine, string displayPath, string sourceDirectory, string scopeDirectory, DiagnosticBag diagnostics, List<Caching.LinkDependency>? dependencies = null)
    {
        if (!MarkdownLimits.Check(markdown, firstLine, displayPath, limits.MaxLineChars, limits.MaxNesting, diagnostics))
        {
            return RenderedMarkdown.Empty;
        }

        if (markdown.Length < WatchdogThreshold)
        {
            return Guarded(markdown, firstLine, displayPath, sourceDirectory, scopeDirectory, diagnostics, dependencies);
        }

        // Diagnostics go to a private bag first, so an abandoned render cannot report late.
        var local = new DiagnosticBag();
        RenderedMarkdown? result = null;
        var localDependencies = new List<Caching.LinkDependency>();
        var thread = new Thread(() => result = Guarded(markdown, firstLine, displayPath, sourceDirectory, scopeDirectory, local, localDependencies), 64 * 1024 * 1024)
        {
            IsBackground = true,
            Name = "kimpress-render " + displayPath,
        };
        thread.Start();
        if (!thread.Join(TimeSpan.FromSeconds(limits.RenderSeconds)))
        {
            diagnostics.Report(DiagnosticCodes.RenderTimeout, new SourceLocation(displayPath, firstLine, 1), limits.RenderSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return RenderedMarkdown.Empty;
        }

        diagnostics.AddRange(local.Sorted());

        dependencies?.AddRange(localDependencies);

        return result ?? RenderedMarkdown.Empty;
    }

    private RenderedMarkdown Guarded(string markdown, int firstLine, string displayPath, string sourceDirectory, string scopeDirectory, DiagnosticBag diagnostics, List<Caching.LinkDependency>? dependencies)
    {
        try
        {
            return RenderChecked(markdown, firstLine, displayPath, sourceDirectory, scopeDirectory, diagnostics, dependencies);
        }
        catch (ArgumentException)
        {
            // Markdig's own depth guard ("too deeply nested") for what the line check cannot see,
            // such as thousands of unclosed brackets or emphasis markers in one paragraph.
            diagnostics.Report(DiagnosticCodes.TooDeep, new SourceLocation(displayPath, firstLine, 1), limits.MaxNesting.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return RenderedMarkdown.Empty;
        }
    }

    private RenderedMarkdown RenderChecked(string markdown, int firstLine, string displayPath, string sourceDirectory, string scopeDirectory, DiagnosticBag diagnostics, List<Caching.LinkDependency>? dependencies)
    {
        // A body with footnotes always gets the full parse: Markdig drops a footnote nothing refers
        // to after parsing its text, so that text is not there to be checked (found by
        // AutoLinkShortcutTests: an address in such a footnote swallowed a footnote reference).
        var lean = !AlwaysAutoLinks && !markdown.Contains("[^", StringComparison.Ordinal);
        var pipeline = lean ? WithoutAutoLinks : Full;
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var survey = Survey.Of(document, lookForAddresses: lean && NextAddressStart(markdown, 0, out _) >= 0);
        if (survey.AddressInText)
        {
            pipeline = Full;
            document = Markdig.Markdown.Parse(markdown, pipeline);
            survey = Survey.Of(document, lookForAddresses: false);
        }

        foreach (var link in survey.Links)
        {
            if (link is LinkInline inline)
            {
                CheckLink(inline, firstLine, displayPath, sourceDirectory, scopeDirectory, diagnostics, dependencies);
            }
            else
            {
                CheckAutolink((AutolinkInline)link, firstLine, displayPath, diagnostics);
            }
        }

        // The page title is the only h1: a body that starts at "#" is shifted down one level.
        if (survey.MinHeading == 1)
        {
            foreach (var heading in document.Descendants<HeadingBlock>())
            {
                heading.Level = Math.Min(6, heading.Level + 1);
            }
        }

        // Straight into UTF-8, the form the body is stored in: no string of the whole body.
        var writer = t_writer ??= new Utf8Writer();
        writer.Clear();
        document.ToHtml(writer, pipeline);
        ReadOnlyMemory<byte> html;
        if (survey.FirstRawHtmlLine >= 0)
        {
            (var text, var removed) = sanitizer.Sanitize(Encoding.UTF8.GetString(writer.Written));
            html = Encoding.UTF8.GetBytes(text);
            if (removed.Count > 0)
            {
                diagnostics.Report(DiagnosticCodes.HtmlRemoved, new SourceLocation(displayPath, survey.FirstRawHtmlLine + firstLine, 1), string.Join(", ", removed));
            }
        }
        else
        {
            html = writer.WrittenMemory;
        }

        return new RenderedMarkdown(html, Excerpt(document), survey.Words);
    }

    /// <summary>The pipeline's builder; after Build() its InlineParsers are the ones used.</summary>
    internal static MarkdownPipelineBuilder Builder(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseTaskLists();
        if (autoLinks)
        {
            builder.UseAutoLinks();
        }

        return builder
            .UseFootnotes()
            .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub);
    }

    /// <summary>
    /// Where the first address marker (case ignored) at or after <paramref name="from"/> starts,
    /// and its length; -1 when there is none. Markers are found from the anchor characters in them.
    /// </summary>
    internal static int NextAddressStart(string text, int from, out int length)
    {
        var span = text.AsSpan();
        var best = -1;
        length = 0;
        var searchFrom = from;
        int anchor;
        while ((anchor = span[searchFrom..].IndexOfAny(Anchors)) >= 0)
        {
            anchor += searchFrom;

            // A marker's start lies at most MaxAnchorOffset before its anchor: anchors further on
            // cannot give an earlier start than the one found.
            if (best >= 0 && anchor - MaxAnchorOffset > best)
            {
                break;
            }

            foreach (var (character, marker, offset) in AnchoredMarkers)
            {
                var start = anchor - offset;
                if (span[anchor] == character && start >= from && (best < 0 || start < best || (start == best && marker.Length < length))
                    && span[start..].StartsWith(marker, StringComparison.OrdinalIgnoreCase))
                {
                    best = start;
                    length = marker.Length;
                }
            }

            searchFrom = anchor + 1;
        }

        return best;
    }

    private void CheckLink(LinkInline link, int firstLine, string displayPath, string sourceDirectory, string scopeDirectory, DiagnosticBag diagnostics, List<Caching.LinkDependency>? dependencies)
    {
        var location = new SourceLocation(displayPath, link.Line + firstLine, link.Column + 1);
        if (link.IsImage)
        {
            var attributes = link.GetAttributes();
            attributes.AddPropertyIfNotExist("loading", "lazy");
            attributes.AddPropertyIfNotExist("decoding", "async");
            if (link.FirstChild is null)
            {
                diagnostics.Report(DiagnosticCodes.ImageWithoutAlt, location, link.Url ?? "");
            }
        }

        if (link.Url is null || link.IsAutoLink)
        {
            return;
        }

        var (outcome, url) = links.Resolve(link.Url, sourceDirectory, scopeDirectory, dependencies);
        if (LinkResolver.Problem(outcome) is { } problem)
        {
            diagnostics.Report(problem, location, Shorten(link.Url));
            link.Url = "#";
        }
        else
        {
            link.Url = url;
        }
    }

    /// <summary>
    /// An address in angle brackets (<c>&lt;https://…&gt;</c>) is a link in CommonMark whatever its
    /// scheme, <c>&lt;javascript:…&gt;</c> included: only the schemes a link may have keep it.
    /// </summary>
    private static void CheckAutolink(AutolinkInline autolink, int firstLine, string displayPath, DiagnosticBag diagnostics)
    {
        if (autolink.IsEmail || LinkResolver.IsSafeAbsolute(autolink.Url))
        {
            return;
        }

        diagnostics.Report(DiagnosticCodes.UnsafeUrl, new SourceLocation(displayPath, autolink.Line + firstLine, autolink.Column + 1), Shorten(autolink.Url));
        autolink.Url = "#";
    }

    private static string Excerpt(MarkdownDocument document)
    {
        var paragraph = document.Descendants<ParagraphBlock>().FirstOrDefault(p => p.Parent is MarkdownDocument);
        if (paragraph?.Inline is null)
        {
            return "";
        }

        var builder = new StringBuilder();
        foreach (var inline in paragraph.Inline.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    builder.Append(' ');
                    break;
            }
        }

        return builder.ToString().Trim();
    }

    // Only for the reading-time estimate: words are counted as the spaces between them, which
    // the vectorised Count does many times faster than a character-by-character walk.
    private static int CountWords(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? 0 : text.Count(' ') + 1;
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "...";

    /// <summary>
    /// What one walk over a parsed body finds: its heading levels, raw HTML, links to check, words,
    /// and (when asked) whether some text, as opposed to a link address, code or raw HTML, holds
    /// the start of an address: only there can the autolink parser have found one.
    /// </summary>
    private sealed class Survey
    {
        private string? _text;
        private List<(int Start, int End)>? _markers;

        public int MinHeading { get; private set; } = 7;

        public int FirstRawHtmlLine { get; private set; } = -1;

        public int Words { get; private set; }

        public bool AddressInText { get; private set; }

        /// <summary>Links and autolinks, in document order.</summary>
        public List<Inline> Links { get; } = [];

        public static Survey Of(MarkdownDocument document, bool lookForAddresses)
        {
            var survey = new Survey();
            foreach (var node in document.Descendants())
            {
                switch (node)
                {
                    case HeadingBlock heading:
                        survey.MinHeading = Math.Min(survey.MinHeading, heading.Level);
                        break;
                    case HtmlBlock or HtmlInline when survey.FirstRawHtmlLine < 0:
                        survey.FirstRawHtmlLine = node is HtmlBlock block ? block.Line : ((Inline)node).Line;
                        break;
                    case LinkInline or AutolinkInline:
                        survey.Links.Add((Inline)node);
                        break;
                    case LiteralInline literal:
                        survey.Words += CountWords(literal.Content.AsSpan());
                        if (lookForAddresses && !survey.AddressInText)
                        {
                            survey.AddressInText = survey.HoldsAddressStart(literal.Content);
                        }

                        break;
                }
            }

            return survey;
        }

        // The literals of a paragraph are slices of one text: it is searched once for every place
        // an address can start, and a literal holds one when such a place lies wholly inside it.
        // (Searching each literal on its own cost 4 % of a whole build, in the native build.)
        private bool HoldsAddressStart(StringSlice content)
        {
            if (content.Text is null || content.Length <= 0)
            {
                return false;
            }

            if (!ReferenceEquals(content.Text, _text))
            {
                _text = content.Text;
                _markers?.Clear();
                var from = 0;
                int start;
                while ((start = NextAddressStart(_text, from, out var length)) >= 0)
                {
                    (_markers ??= []).Add((start, start + length - 1));
                    from = start + 1;
                }
            }

            if (_markers is not { Count: > 0 })
            {
                return false;
            }

            foreach (var (start, end) in _markers)
            {
                if (start >= content.Start && end <= content.End)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
