namespace SupportGrains.Grains.Common;

/// <summary>
/// "Today" for the rules of the domain, from an injectable <see cref="TimeProvider"/> so tests can
/// fix it. A service of its own so a test's fixed day never reaches Orleans' own timers.
/// </summary>
public sealed class Clock(TimeProvider time)
{
    public static Clock System { get; } = new(TimeProvider.System);

    public TimeProvider Time => time;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
