using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace KimPress.Caching;

/// <summary>A cached body did not match its hash: the build is redone without the cache.</summary>
public sealed class CorruptCacheException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CorruptCacheException()
        : base("The build cache is damaged.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public CorruptCacheException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public CorruptCacheException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>Where a rendered body lives in the <see cref="BodyStore"/>, with its hash to verify it.</summary>
/// <param name="Hash">XxHash128 of the body's UTF-8 bytes.</param>
/// <param name="Offset">Position in the pack file (or the entry's number in memory).</param>
/// <param name="Length">Length of the UTF-8 bytes.</param>
public readonly record struct BodyRef(UInt128 Hash, long Offset, int Length);

/// <summary>
/// Holds rendered post bodies outside the managed heap, so a build of 80,000 posts keeps only
/// titles, dates and summaries in memory: an append-only pack file in the cache folder, read
/// back by position when a page or feed needs a body. Thread-safe.
/// </summary>
public sealed class BodyStore : IDisposable
{
    private readonly SafeFileHandle? _pack;
    private readonly ConcurrentDictionary<long, byte[]>? _memory;
    private readonly Lock _lock = new();
    private long _end;

    private BodyStore(SafeFileHandle? pack, long end, ConcurrentDictionary<long, byte[]>? memory)
    {
        _pack = pack;
        _end = end;
        _memory = memory;
    }

    /// <summary>The pack file, or null for an in-memory store.</summary>
    public string? PackPath { get; private init; }

    /// <summary>The bytes stored so far, live or not.</summary>
    public long Size => Interlocked.Read(ref _end);

    /// <summary>A store that keeps bodies in memory (no cache folder).</summary>
    public static BodyStore InMemory() => new(null, 0, new ConcurrentDictionary<long, byte[]>());

    /// <summary>Opens (or creates) a pack file for reading old bodies and appending new ones.</summary>
    public static BodyStore OpenPack(string path)
    {
        var handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        return new BodyStore(handle, RandomAccess.GetLength(handle), null) { PackPath = path };
    }

    /// <summary>Stores a body and returns where it is.</summary>
    public BodyRef Put(string html) => Put(Encoding.UTF8.GetBytes(html));

    /// <summary>Stores a body given as UTF-8 (the store keeps the array) and returns where it is.</summary>
    public BodyRef Put(byte[] bytes) => Put(bytes, bytes);

    /// <summary>Stores a body given as UTF-8 (copied) and returns where it is.</summary>
    public BodyRef Put(ReadOnlySpan<byte> bytes) => Put(bytes, null);

    private BodyRef Put(ReadOnlySpan<byte> bytes, byte[]? array)
    {
        var hash = XxHash128.HashToUInt128(bytes);
        if (_memory is not null)
        {
            var id = Interlocked.Increment(ref _end);
            _memory[id] = array ?? bytes.ToArray();
            return new BodyRef(hash, id, bytes.Length);
        }

        long offset;
        lock (_lock)
        {
            offset = _end;
            _end += bytes.Length;
        }

        RandomAccess.Write(_pack!, bytes, offset);
        return new BodyRef(hash, offset, bytes.Length);
    }

    /// <summary>
    /// The body as HTML text, verified against its hash. A body that does not match (a damaged
    /// cache) throws <see cref="CorruptCacheException"/>, and the build starts again without the cache.
    /// </summary>
    public string Get(BodyRef body) => Encoding.UTF8.GetString(GetUtf8(body));

    /// <summary>The body's UTF-8 bytes, verified against its hash like <see cref="Get"/>.</summary>
    public byte[] GetUtf8(BodyRef body)
    {
        var bytes = new byte[body.Length];
        CopyTo(body, bytes);
        return bytes;
    }

    /// <summary>
    /// Reads the body's UTF-8 bytes into <paramref name="destination"/> (exactly
    /// <see cref="BodyRef.Length"/> bytes long), verified against its hash like <see cref="Get"/>:
    /// a page is written with its body read straight into it, without an array of its own.
    /// </summary>
    public void CopyTo(BodyRef body, Span<byte> destination)
    {
        if (destination.Length != body.Length || !TryRead(body, destination) || XxHash128.HashToUInt128(destination) != body.Hash)
        {
            throw new CorruptCacheException();
        }
    }

    /// <summary>A cheap check that <paramref name="body"/> lies within the store; its bytes are verified when read.</summary>
    public bool Contains(BodyRef body) =>
        _memory is not null ? _memory.ContainsKey(body.Offset) : body.Offset >= 0 && body.Length >= 0 && body.Offset + body.Length <= Size;

    /// <summary>Copies the given live bodies into a fresh pack at <paramref name="path"/>; returns their new places.</summary>
    public Dictionary<BodyRef, BodyRef> CompactTo(string path, IEnumerable<BodyRef> live)
    {
        var moved = new Dictionary<BodyRef, BodyRef>();
        using var target = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.None);
        long offset = 0;
        foreach (var body in live.Distinct().OrderBy(b => b.Offset))
        {
            var bytes = Read(body) ?? throw new InvalidDataException("Body not in store");
            RandomAccess.Write(target, bytes, offset);
            moved[body] = body with { Offset = offset };
            offset += bytes.Length;
        }

        return moved;
    }

    private byte[]? Read(BodyRef body)
    {
        if (_memory is not null)
        {
            return _memory.TryGetValue(body.Offset, out var stored) && stored.Length == body.Length ? stored : null;
        }

        var buffer = new byte[Math.Max(0, body.Length)];
        return TryRead(body, buffer) ? buffer : null;
    }

    // Exactly the body's bytes into the buffer, which is as long as the body; false when the
    // store does not hold them.
    private bool TryRead(BodyRef body, Span<byte> buffer)
    {
        if (_memory is not null)
        {
            if (!_memory.TryGetValue(body.Offset, out var stored) || stored.Length != body.Length)
            {
                return false;
            }

            stored.CopyTo(buffer);
            return true;
        }

        if (body.Offset < 0 || body.Length < 0 || body.Offset + body.Length > Size)
        {
            return false;
        }

        var read = 0;
        while (read < buffer.Length)
        {
            var n = RandomAccess.Read(_pack!, buffer[read..], body.Offset + read);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _pack?.Dispose();
}
