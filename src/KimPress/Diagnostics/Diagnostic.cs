using System.Globalization;

namespace KimPress.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>The content is published, but something should be improved.</summary>
    Warning,

    /// <summary>The content cannot be published as it is.</summary>
    Error,
}

/// <summary>A position in a source file: 1-based line and column; 0 means "the whole file".</summary>
/// <param name="Path">The file, relative to the site's source folder, with forward slashes.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column, or 0 when unknown.</param>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0)
{
    /// <summary>Formats as <c>path:line:column</c>, leaving out what is unknown.</summary>
    public override string ToString() =>
        Line <= 0 ? Path : Column <= 0 ? $"{Path}:{Line}" : $"{Path}:{Line}:{Column}";
}

/// <summary>
/// One problem found in the site's input. The text is produced from the descriptor in the
/// language asked for when it is printed, so a problem found before site.yml is read can
/// still be shown in the site's language.
/// </summary>
/// <param name="Descriptor">What kind of problem this is: code, severity, message and hint.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Arguments">Values for the message's and hint's placeholders: text, or a <see cref="Phrase"/> that depends on the language.</param>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, IReadOnlyList<object> Arguments)
{
    /// <summary>The stable code, such as <c>KP0102</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Error or warning.</summary>
    public Severity Severity => Descriptor.Severity;

    /// <summary>The message in the given language (<c>id</c> or <c>en</c>).</summary>
    public string Message(string language) => Fill(language == "en" ? Descriptor.MessageEn : Descriptor.MessageId, language);

    /// <summary>The hint in the given language (<c>id</c> or <c>en</c>).</summary>
    public string Hint(string language) => Fill(language == "en" ? Descriptor.HintEn : Descriptor.HintId, language);

    /// <summary>Formats as <c>path:line:col: error KP0102: message</c> in the given language.</summary>
    public string Format(string language) =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message(language)}";

    /// <inheritdoc />
    public override string ToString() => Format("id");

    private string Fill(string template, string language) =>
        string.Format(CultureInfo.InvariantCulture, template, [.. Arguments.Select(a => a is Phrase phrase ? phrase.In(language) : a)]);
}
