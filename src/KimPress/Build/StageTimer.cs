using System.Diagnostics;

namespace KimPress.Build;

/// <summary>Times each stage of a build, in the order they ran.</summary>
internal sealed class StageTimer
{
    private readonly List<(string Stage, TimeSpan Elapsed)> _timings = [];

    public IReadOnlyList<(string Stage, TimeSpan Elapsed)> Timings => _timings;

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });

    public T Time<T>(string stage, Func<T> run)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return run();
        }
        finally
        {
            _timings.Add((stage, watch.Elapsed));
        }
    }
}
