using System.Globalization;
using System.Text;

namespace KimPress.Text;

/// <summary>
/// A URL-safe name: lower-case ASCII letters, digits and single hyphens, not starting or
/// ending with a hyphen. Validated on construction, so a <see cref="Slug"/> in the model is
/// always safe to use as a path segment.
/// </summary>
public readonly record struct Slug
{
    private Slug(string value) => Value = value;

    /// <summary>The slug text.</summary>
    public string Value { get; }

    /// <summary>Accepts <paramref name="text"/> only if it is already a valid slug.</summary>
    public static bool TryCreate(string? text, out Slug slug)
    {
        slug = default;
        if (!IsValid(text))
        {
            return false;
        }

        slug = new Slug(text!);
        return true;
    }

    /// <summary>Creates a slug, throwing if <paramref name="text"/> is not valid (for trusted input).</summary>
    public static Slug Parse(string text) =>
        TryCreate(text, out var slug) ? slug : throw new ArgumentException($"Not a valid slug: '{text}'", nameof(text));

    /// <summary>True when <paramref name="text"/> is 1–100 characters of [a-z0-9-], with no leading, trailing or double hyphen.</summary>
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 100 || text[0] == '-' || text[^1] == '-' || text.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Turns any text into the nearest valid slug: accents removed, lower-cased, everything
    /// else a hyphen ("Posyandu Balita, Desa Kalianyar!" → "posyandu-balita-desa-kalianyar").
    /// Returns "tulisan" when nothing usable is left.
    /// </summary>
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = Fold(char.ToLowerInvariant(c));
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }

            if (builder.Length >= 80)
            {
                break;
            }
        }

        return builder.Length == 0 ? "tulisan" : builder.ToString().TrimEnd('-');
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    // KimPress runs with invariant globalization (no ICU), where Unicode decomposition is not
    // available, so the accented Latin letters that occur in names are folded by table.
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿźżžśšşřŕľĺłţť";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzsssrrllltt";

    private static char Fold(char c)
    {
        var index = Accented.IndexOf(c, StringComparison.Ordinal);
        return index >= 0 ? Plain[index] : c;
    }
}
