namespace KimPress.Bench;

/// <summary>
/// Small helpers over a seeded <see cref="Random"/>. The shuffle is written out here (rather than
/// Random.Shuffle) so the corpus depends only on Random.Next, whose seeded sequence .NET keeps stable.
/// </summary>
internal static class Rand
{
    public static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static bool Chance(Random rng, int oneIn) => rng.Next(oneIn) == 0;

    public static void Shuffle<T>(Random rng, T[] items)
    {
        for (var i = items.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary><paramref name="count"/> distinct items (fewer if the list is shorter), in random order.</summary>
    public static List<T> Distinct<T>(Random rng, IReadOnlyList<T> items, int count)
    {
        var copy = items.ToArray();
        Shuffle(rng, copy);
        return [.. copy.Take(count)];
    }
}
