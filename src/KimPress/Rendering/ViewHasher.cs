using System.IO.Hashing;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KimPress.Rendering;

/// <summary>
/// The key of a page: a hash of its template kind and everything its view holds (bodies by their
/// hash). Views are pure functions of the model, so two builds that give a page the same key
/// would render the same bytes, and the second can reuse the first's file.
/// </summary>
public static class ViewHasher
{
    /// <summary>Hashes <paramref name="view"/> for the template <paramref name="kind"/>.</summary>
    public static UInt128 Key(string kind, PageView view)
    {
        var hash = new XxHash128();
        hash.Append(Encoding.UTF8.GetBytes(kind));
        hash.Append([0]);
        hash.Append(JsonSerializer.SerializeToUtf8Bytes(view, ViewJsonContext.Default.PageView));
        return hash.GetCurrentHashAsUInt128();
    }
}

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(PageView))]
internal sealed partial class ViewJsonContext : JsonSerializerContext;
