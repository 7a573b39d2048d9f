using System.Diagnostics;

namespace KimPress.Build;

/// <summary>What one stage of a build cost.</summary>
/// <param name="Stage">The stage's name ("parse", "render+write", …).</param>
/// <param name="Elapsed">Wall time.</param>
/// <param name="Allocated">Bytes allocated on the managed heap while it ran (by every thread).</param>
/// <param name="GcPause">Time the garbage collector paused the process while it ran.</param>
public readonly record struct StageTiming(string Stage, TimeSpan Elapsed, long Allocated, TimeSpan GcPause);

/// <summary>Times each stage of a build, in the order they ran.</summary>
internal sealed class StageTimer
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });

    public T Time<T>(string stage, Func<T> run)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: false);
        var paused = GC.GetTotalPauseDuration();
        var watch = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            _timings.Add(new StageTiming(stage, watch.Elapsed, GC.GetTotalAllocatedBytes(precise: false) - allocated, GC.GetTotalPauseDuration() - paused));
        }
    }
}
