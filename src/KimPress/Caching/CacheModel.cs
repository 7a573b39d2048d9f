using System.Text.Json.Serialization;
using KimPress.Content;

namespace KimPress.Caching;

/// <summary>The cache index as stored on disk (.kimpress-cache/index.bin, see <see cref="CacheIndexFormat"/>).</summary>
internal sealed class CacheIndex
{
    /// <summary>Changes with KimPress's build, site.yml, the theme and the base URL; any change empties the cache.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>Which output <see cref="Outputs"/> describe (folder and build id); they mean nothing for another one.</summary>
    public string OutputIdentity { get; set; } = "";

    /// <summary>The pack file holding the bodies, relative to the cache folder.</summary>
    public string Pack { get; set; } = "";

    /// <summary>Parse results by display path.</summary>
    public IReadOnlyDictionary<string, SourceEntry> Sources { get; set; } = new Dictionary<string, SourceEntry>(StringComparer.Ordinal);

    /// <summary>The <see cref="StructureDigest"/> of the build that wrote <see cref="Outputs"/>.</summary>
    public UInt128 Structure { get; set; }

    /// <summary>What each output file was made from, by output path.</summary>
    public IReadOnlyDictionary<string, OutputEntry> Outputs { get; set; } = new Dictionary<string, OutputEntry>(StringComparer.Ordinal);
}

/// <summary>One parsed post or page: valid while its bytes and its link targets are unchanged.</summary>
/// <param name="ContentHash">XxHash128 of the file's bytes.</param>
/// <param name="Document">The parse result (null when the file had errors).</param>
/// <param name="Diagnostics">What parsing reported for the file.</param>
/// <param name="Dependencies">Every local path the file's links resolved, and to what.</param>
/// <param name="Stamp">The file's stamp when it was read, if the file had settled by then: the next build takes this entry without reading the file while the stamp is the same.</param>
internal sealed record SourceEntry(UInt128 ContentHash, PostDocument? Document, IReadOnlyList<CachedDiagnostic> Diagnostics, IReadOnlyList<LinkDependency> Dependencies, Content.FileStamp? Stamp = null);

/// <summary>A local path a file links to, and the URL path it resolved to (null: did not exist).</summary>
public sealed record LinkDependency(string Path, string? Published);

/// <summary>A diagnostic in storable form.</summary>
internal sealed record CachedDiagnostic(string Code, string Path, int Line, int Column, IReadOnlyList<CachedArgument> Arguments);

/// <summary>A diagnostic argument: plain text (En null) or a phrase in both languages.</summary>
internal sealed record CachedArgument(string Id, string? En);

/// <summary>An output file: the hash of what it was rendered from, of its bytes, its length (for the page budget) and the hash of the body it shows (0: none).</summary>
internal sealed record OutputEntry(UInt128 Key, UInt128 Hash, long Length = 0, UInt128 Body = default);

/// <summary>
/// Writes a 128-bit hash as 32 hex digits. The built-in converter writes a decimal number, and
/// dividing 128-bit numbers by ten, tens of thousands of times, was a visible part of saving and
/// loading the index.
/// </summary>
internal sealed class HexUInt128Converter : JsonConverter<UInt128>
{
    public override UInt128 Read(ref System.Text.Json.Utf8JsonReader reader, Type typeToConvert, System.Text.Json.JsonSerializerOptions options)
    {
        Span<byte> bytes = stackalloc byte[16];
        Span<char> text = stackalloc char[32];
        if (reader.TokenType != System.Text.Json.JsonTokenType.String || reader.ValueSpan.Length != 32
            || reader.CopyString(text) != 32 || Convert.FromHexString(text, bytes, out _, out var written) != System.Buffers.OperationStatus.Done || written != 16)
        {
            throw new System.Text.Json.JsonException("a hash must be 32 hex digits");
        }

        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    public override void Write(System.Text.Json.Utf8JsonWriter writer, UInt128 value, System.Text.Json.JsonSerializerOptions options) =>
        writer.WriteStringValue(Rendering.ViewHasher.Hex(value));
}

[JsonSourceGenerationOptions(WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = [typeof(HexUInt128Converter)])]
[JsonSerializable(typeof(CacheIndex))]
[JsonSerializable(typeof(PostDocument))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
