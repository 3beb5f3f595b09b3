using System.Text.Json;
using SupportGrains.Silo.Storage;

namespace SupportGrains.Silo.Tests.Storage;

/// <summary>What every durable store must do, run against SQLite and PostgreSQL alike.</summary>
public abstract class GrainStorageContract : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _opened = [];

    protected IGrainStorage Store { get; private set; } = null!;

    /// <summary>Opens a new provider instance on the same database.</summary>
    protected abstract Task<IGrainStorage> OpenAsync();

    /// <summary>The JSON payload as stored, read with plain SQL.</summary>
    protected abstract Task<string?> RawPayloadAsync(GrainStateKey key);

    public async Task InitializeAsync() => Store = await OpenTrackedAsync();

    public async Task DisposeAsync()
    {
        foreach (var opened in _opened)
        {
            await opened.DisposeAsync();
        }
    }

    protected async Task<IGrainStorage> OpenTrackedAsync()
    {
        var store = await OpenAsync();
        _opened.Add((IAsyncDisposable)store);
        return store;
    }

    private static GrainStateKey Key(string grainKey, string type = "person") => new("test", type, grainKey, "state");

    [Fact]
    public async Task Reading_a_missing_record_gives_null()
    {
        Assert.Null(await Store.ReadAsync(Key("nobody"), default));
    }

    [Fact]
    public async Task A_first_write_then_updates_with_the_right_etag_succeed()
    {
        var first = await Store.WriteAsync(Key("p1"), """{"name":"Sam"}""", null, default);
        var second = await Store.WriteAsync(Key("p1"), """{"name":"Sam Patel"}""", first, default);

        var stored = await Store.ReadAsync(Key("p1"), default);
        Assert.NotEqual(first, second);
        Assert.Equal(second, stored!.Etag);
        Assert.Equal("Sam Patel", JsonDocument.Parse(stored.Json).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_etag_is_refused_and_leaves_the_stored_state_unchanged()
    {
        var first = await Store.WriteAsync(Key("p2"), """{"v":1}""", null, default);
        await Store.WriteAsync(Key("p2"), """{"v":2}""", first, default);

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await Store.WriteAsync(Key("p2"), """{"v":3}""", first, default));

        Assert.Equal(2, JsonDocument.Parse((await Store.ReadAsync(Key("p2"), default))!.Json).RootElement.GetProperty("v").GetInt32());
    }

    [Fact]
    public async Task Inserting_over_an_existing_record_is_a_conflict()
    {
        await Store.WriteAsync(Key("p3"), """{"v":1}""", null, default);

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await Store.WriteAsync(Key("p3"), """{"v":9}""", null, default));
    }

    [Fact]
    public async Task Clearing_needs_the_current_etag()
    {
        var etag = await Store.WriteAsync(Key("p4"), """{"v":1}""", null, default);

        await Assert.ThrowsAsync<InconsistentStateException>(async () => await Store.ClearAsync(Key("p4"), "999", default));
        await Assert.ThrowsAsync<InconsistentStateException>(async () => await Store.ClearAsync(Key("p4"), null, default));
        await Store.ClearAsync(Key("p4"), etag, default);

        Assert.Null(await Store.ReadAsync(Key("p4"), default));
        await Store.ClearAsync(Key("p4"), null, default);
    }

    [Fact]
    public async Task Keys_that_differ_only_by_grain_type_or_look_numeric_do_not_collide()
    {
        await Store.WriteAsync(Key("42", "person"), """{"who":"person"}""", null, default);
        await Store.WriteAsync(Key("42", "staff"), """{"who":"staff"}""", null, default);
        await Store.WriteAsync(Key("042", "person"), """{"who":"padded"}""", null, default);

        Assert.Contains("\"person\"", (await Store.ReadAsync(Key("42", "person"), default))!.Json);
        Assert.Contains("\"staff\"", (await Store.ReadAsync(Key("42", "staff"), default))!.Json);
        Assert.Contains("\"padded\"", (await Store.ReadAsync(Key("042", "person"), default))!.Json);
    }

    [Fact]
    public async Task Concurrent_writes_are_all_acknowledged_and_durable_across_a_reopen()
    {
        var etags = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Store.WriteAsync(Key("c" + i), $$"""{"n":{{i}}}""", null, default).AsTask()));

        var reopened = await OpenTrackedAsync();
        for (var i = 0; i < 200; i++)
        {
            var stored = await reopened.ReadAsync(Key("c" + i), default);
            Assert.Equal(etags[i], stored!.Etag);
            Assert.Equal(i, JsonDocument.Parse(stored.Json).RootElement.GetProperty("n").GetInt32());
        }
    }

    [Fact]
    public async Task Of_concurrent_writes_from_one_version_exactly_one_wins()
    {
        var etag = await Store.WriteAsync(Key("race"), """{"v":0}""", null, default);

        var attempts = Enumerable.Range(1, 20).Select(async i =>
        {
            try
            {
                await Store.WriteAsync(Key("race"), $$"""{"v":{{i}}}""", etag, default);
                return true;
            }
            catch (InconsistentStateException)
            {
                return false;
            }
        });

        Assert.Single(await Task.WhenAll(attempts), won => won);
    }

    [Fact]
    public async Task A_refused_write_does_not_fail_the_others_committed_with_it()
    {
        var etag = await Store.WriteAsync(Key("mixed-0"), """{"v":0}""", null, default);

        var stale = Store.WriteAsync(Key("mixed-0"), """{"v":1}""", "77", default).AsTask();
        var fine = Enumerable.Range(1, 50).Select(i => Store.WriteAsync(Key("mixed-" + i), """{"v":1}""", null, default).AsTask()).ToList();

        await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        await Task.WhenAll(fine);
        Assert.Equal(etag, (await Store.ReadAsync(Key("mixed-0"), default))!.Etag);
    }

    [Fact]
    public async Task The_payload_is_plain_json_readable_with_sql()
    {
        await Store.WriteAsync(Key("raw"), """{"name":"Alex","hours":12.5}""", null, default);

        var raw = await RawPayloadAsync(Key("raw"));

        using var json = JsonDocument.Parse(raw!);
        Assert.Equal(12.5, json.RootElement.GetProperty("hours").GetDouble());
    }

    [Fact]
    public async Task Reminders_are_kept_replaced_and_removed_across_a_reopen()
    {
        var reminders = (IReminderTable)Store;
        var first = new ReminderEntry("test", "person", "p1", "review", new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(28));
        await reminders.UpsertAsync(first, default);
        await reminders.UpsertAsync(first with { Period = TimeSpan.FromDays(14) }, default);
        await reminders.UpsertAsync(first with { Name = "gone" }, default);
        await reminders.RemoveAsync("test", "person", "p1", "gone", default);

        var reopened = (IReminderTable)await OpenTrackedAsync();
        var all = await reopened.ReadAllAsync("test", default);

        var only = Assert.Single(all);
        Assert.Equal(TimeSpan.FromDays(14), only.Period);
        Assert.Equal(first.FirstTickAt, only.FirstTickAt);
        Assert.Empty(await reopened.ReadAllAsync("another service", default));
    }
}
