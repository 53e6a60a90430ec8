namespace Remnant.Cli.Tests.Infrastructure;

/// <summary>A clock that stands still: "today" in the tests is 2026-11-29.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    public FixedClock() : this(Default) { }

    public override DateTimeOffset GetUtcNow() => now;
}
