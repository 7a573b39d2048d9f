namespace KimPress.Tests.Support;

/// <summary>A clock stopped at one instant, for "now" in scaffolds.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
