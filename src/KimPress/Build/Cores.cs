namespace KimPress.Build;

/// <summary>How the stages spread work over the machine.</summary>
internal static class Cores
{
    /// <summary>
    /// One worker per core for work that only computes (parse, render): the thread pool otherwise
    /// adds threads while a stage runs (up to 6 on a 2-core machine were seen), which then take
    /// turns on the cores, evict each other's caches and make every GC stop more threads.
    /// </summary>
    public static ParallelOptions OnePerCore => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };
}
