using System.IO.Hashing;
using System.Text;

namespace KimPress.Caching;

/// <summary>
/// Feeds text and 128-bit values to a hash the one way every key, digest and id of KimPress does:
/// text as UTF-8 (a field followed by a 0 byte), values little-endian. Short text is encoded on
/// the stack, so hashing thousands of paths allocates nothing.
/// </summary>
internal static class HashAppend
{
    private const int StackLimit = 512;

    /// <summary>Appends <paramref name="text"/> as UTF-8.</summary>
    public static void AppendUtf8(this NonCryptographicHashAlgorithm hash, string text)
    {
        if (Encoding.UTF8.GetMaxByteCount(text.Length) > StackLimit)
        {
            hash.Append(Encoding.UTF8.GetBytes(text));
            return;
        }

        Span<byte> bytes = stackalloc byte[StackLimit];
        hash.Append(bytes[..Encoding.UTF8.GetBytes(text, bytes)]);
    }

    /// <summary>Appends <paramref name="text"/> as UTF-8 and a 0 byte, which no text holds: fields cannot run into each other.</summary>
    public static void AppendField(this NonCryptographicHashAlgorithm hash, string text)
    {
        hash.AppendUtf8(text);
        hash.Append([0]);
    }

    /// <summary>
    /// XxHash128 of <paramref name="text"/> as a field followed by <paramref name="value"/>: the bytes
    /// <see cref="AppendField"/> and <see cref="AppendValue"/> would feed, hashed in one call.
    /// </summary>
    public static UInt128 FieldAndValueHash(string text, UInt128 value)
    {
        var size = Encoding.UTF8.GetMaxByteCount(text.Length) + 17;
        Span<byte> bytes = size <= StackLimit ? stackalloc byte[StackLimit] : new byte[size];
        var length = Encoding.UTF8.GetBytes(text, bytes);
        bytes[length] = 0;
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes[(length + 1)..], value);
        return XxHash128.HashToUInt128(bytes[..(length + 17)]);
    }

    /// <summary>Appends <paramref name="value"/> as 16 little-endian bytes.</summary>
    public static void AppendValue(this NonCryptographicHashAlgorithm hash, UInt128 value)
    {
        Span<byte> bytes = stackalloc byte[16];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt128LittleEndian(bytes, value);
        hash.Append(bytes);
    }
}
