using System.IO.Hashing;
using System.Text.Json;
using System.Text.Json.Serialization;
using KimPress.Caching;

namespace KimPress.Rendering;

/// <summary>
/// The key of a page: a hash of its template kind and everything its view holds (bodies by their
/// hash). Views are pure functions of the model, so two builds that give a page the same key
/// would render the same bytes, and the second can reuse the first's file.
/// </summary>
public static class ViewHasher
{
    // Per thread: the view's JSON goes through a small buffer straight into the hash.
    [ThreadStatic]
    private static HashingWriter? t_hashing;

    /// <summary>Hashes <paramref name="view"/> for the template <paramref name="kind"/>.</summary>
    public static UInt128 Key(string kind, PageView view)
    {
        var hashing = t_hashing ??= new HashingWriter();
        hashing.Start();
        hashing.Hash.AppendField(kind);
        JsonSerializer.Serialize(hashing.Json, view, ViewJsonContext.Default.PageView);
        return hashing.Finish();
    }

    /// <summary>A hash as 32 hex digits: UInt128's decimal ToString divides by ten, 128 bits at a time, and showed up in profiles.</summary>
    internal static string Hex(UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>Writes a hash as the JSON string <see cref="Hex"/> gives, without making a string (it is done for every page).</summary>
    internal static void WriteHex(Utf8JsonWriter writer, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128BigEndian(bytes, value);
        Span<char> hex = stackalloc char[32];
        Convert.TryToHexStringLower(bytes, hex, out _);
        writer.WriteStringValue(hex);
    }

    /// <summary>The hash of a view shared by many pages, computed once (a benign race at worst computes it twice).</summary>
    internal static UInt128 SharedHash<T>(T value, ref UInt128? cached, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> plain) =>
        cached ??= XxHash128.HashToUInt128(JsonSerializer.SerializeToUtf8Bytes(value, plain));
}

/// <summary>
/// A JSON writer whose bytes are hashed as they come, through one small reused buffer: the
/// serialised view is never held whole.
/// </summary>
internal sealed class HashingWriter : System.Buffers.IBufferWriter<byte>
{
    private byte[] _buffer = new byte[16 * 1024];
    private int _used;

    public HashingWriter() => Json = new Utf8JsonWriter(this);

    public XxHash128 Hash { get; } = new();

    public Utf8JsonWriter Json { get; }

    public void Start()
    {
        Hash.Reset();
        Json.Reset(this);
        _used = 0;
    }

    public UInt128 Finish()
    {
        Json.Flush();
        Hash.Append(_buffer.AsSpan(0, _used));
        _used = 0;
        return Hash.GetCurrentHashAsUInt128();
    }

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Make(sizeHint); // may replace the buffer
        return _buffer.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

    // Hashes what the buffer holds when the next write would not fit; a request bigger than the
    // whole buffer (a very long string) makes the buffer bigger.
    private int Make(int sizeHint)
    {
        if (_buffer.Length - _used >= Math.Max(sizeHint, 1))
        {
            return _used;
        }

        Hash.Append(_buffer.AsSpan(0, _used));
        _used = 0;
        if (sizeHint > _buffer.Length)
        {
            _buffer = new byte[Math.Max(sizeHint, _buffer.Length * 2)];
        }

        return 0;
    }
}

/// <summary>Writes a view that many pages share as its hash, computed once, instead of in full on every page.</summary>
internal sealed class SharedViewConverter<T> : JsonConverter<T>
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Views are only ever written, to hash them.");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var hash = value switch
        {
            KimView kim => ViewHasher.SharedHash(kim, ref kim.KeyHash, SharedViewJsonContext.Default.KimView),
            PostSummaryView post => ViewHasher.SharedHash(post, ref post.KeyHash, SharedViewJsonContext.Default.PostSummaryView),
            SiteView site => ViewHasher.SharedHash(site, ref site.KeyHash, SharedViewJsonContext.Default.SiteView),
            _ => throw new NotSupportedException(typeof(T).Name),
        };
        ViewHasher.WriteHex(writer, hash);
    }
}

[JsonSourceGenerationOptions(WriteIndented = false, Converters = [typeof(SharedViewConverter<KimView>), typeof(SharedViewConverter<PostSummaryView>), typeof(SharedViewConverter<SiteView>)])]
[JsonSerializable(typeof(PageView))]
internal sealed partial class ViewJsonContext : JsonSerializerContext;

[JsonSourceGenerationOptions(WriteIndented = false)]
[JsonSerializable(typeof(KimView))]
[JsonSerializable(typeof(PostSummaryView))]
[JsonSerializable(typeof(SiteView))]
internal sealed partial class SharedViewJsonContext : JsonSerializerContext;
