namespace Remnant.Web.Tests.Infrastructure;

/// <summary>A clock that stands still unless a test moves it: "today" in the tests is 2026-11-29.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static readonly DateTimeOffset Default = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public FixedClock() : this(Default) { }

    public override DateTimeOffset GetUtcNow() => Now;
}
