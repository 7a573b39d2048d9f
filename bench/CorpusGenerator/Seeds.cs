namespace KimPress.Bench;

/// <summary>
/// Derives independent, reproducible <see cref="Random"/> seeds from the user's seed and a
/// position (stream, KIM index, post index). Pure arithmetic (SplitMix64): never HashCode,
/// Guid or the clock, so the same arguments give the same corpus on every machine.
/// </summary>
internal static class Seeds
{
    public const int SiteStream = 1;
    public const int KimStream = 2;
    public const int PostStream = 3;

    public static Random For(int seed, int stream, int a = 0, int b = 0) => new(Derive(seed, stream, a, b));

    public static int Derive(int seed, int stream, int a, int b)
    {
        var x = (ulong)(uint)seed * 1_000_003UL;
        x = Mix(x ^ (ulong)(uint)stream);
        x = Mix(x ^ ((ulong)(uint)a << 20));
        x = Mix(x ^ (ulong)(uint)b);
        return (int)(x & 0x7FFF_FFFF);
    }

    private static ulong Mix(ulong z)
    {
        z += 0x9E37_79B9_7F4A_7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
