namespace KimPress.Diagnostics;

/// <summary>
/// A piece of a diagnostic's text that depends on the language, such as "teks biasa" /
/// "plain text"; passed as an argument, it is chosen when the diagnostic is printed.
/// </summary>
/// <param name="Id">The Bahasa Indonesia text.</param>
/// <param name="En">The English text.</param>
public sealed record Phrase(string Id, string En)
{
    /// <summary>The text in <paramref name="language"/> ("en" or anything else for Indonesian).</summary>
    public string In(string language) => language == "en" ? En : Id;

    /// <summary>" — maksud Anda "x"?" when there is a suggestion, else nothing.</summary>
    public static Phrase DidYouMean(string? suggestion) => suggestion is null
        ? new Phrase("", "")
        : new Phrase($" — maksud Anda \"{suggestion}\"?", $" — did you mean \"{suggestion}\"?");

    /// <inheritdoc />
    public override string ToString() => Id;
}
