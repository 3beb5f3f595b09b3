namespace SupportGrains.Grains.Tests.Common;

/// <summary>
/// How long a grain remembers the client mutation ids it applied: every id of the last hour however
/// many changes came after it, always the last 100, never more than 2,000.
/// </summary>
public sealed class AppliedChangesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_id_applied_within_the_hour_is_remembered_however_many_came_after()
    {
        var stored = Apply(new Stored<string>(), 250, i => Start.AddSeconds(i));

        Assert.Equal(250, stored.AppliedChanges.Length);
        Assert.NotNull(stored.Applied(new ChangeContext("key-1")));
    }

    [Fact]
    public void Ids_older_than_the_hour_are_forgotten_beyond_the_last_100()
    {
        var stored = Apply(new Stored<string>(), 150, i => Start.AddMinutes(i));

        // Everything of the last hour (the 61 ids from minute 89 on) and no fewer than the last 100.
        Assert.Equal(100, stored.AppliedChanges.Length);
        Assert.Null(stored.Applied(new ChangeContext("key-50")));
        Assert.NotNull(stored.Applied(new ChangeContext("key-51")));
    }

    [Fact]
    public void A_grain_changed_very_often_remembers_its_last_2000()
    {
        var stored = Apply(new Stored<string>(), 2100, i => Start.AddMilliseconds(i));

        Assert.Equal(Stored<string>.AppliedChangesKeptAtMost, stored.AppliedChanges.Length);
        Assert.Null(stored.Applied(new ChangeContext("key-100")));
        Assert.NotNull(stored.Applied(new ChangeContext("key-101")));
    }

    private static Stored<string> Apply(Stored<string> stored, int count, Func<int, DateTimeOffset> at)
    {
        for (var i = 1; i <= count; i++)
        {
            stored = stored.With($"value {i}", new ChangeContext($"key-{i}"), at(i));
        }

        return stored;
    }
}
