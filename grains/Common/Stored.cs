using System.Collections.Immutable;
using SupportGrains.Grains.Audit;

namespace SupportGrains.Grains.Common;

/// <summary>
/// What a domain grain keeps in the store: its state (null until the thing exists) and the client
/// mutation ids it has applied, written in the same write as the change they made.
/// </summary>
[GenerateSerializer]
[Alias("SupportGrains.Stored`1")]
public sealed record Stored<TState>
    where TState : class
{
    /// <summary>How many applied ids each grain remembers at least, however long ago they were applied.</summary>
    public const int AppliedChangesKept = 100;

    /// <summary>
    /// How many applied ids a grain remembers at most: a grain changed more often than this within
    /// <see cref="AppliedChangesRetainedFor"/> forgets the oldest (the bound on what every write carries).
    /// </summary>
    public const int AppliedChangesKeptAtMost = 2000;

    /// <summary>
    /// How long an applied id is remembered however many changes come after it: a client that lost an
    /// answer (a timeout, a restart) and sends the change again within this time gets it applied once,
    /// even when hundreds of other changes to the same thing were queued before its retry.
    /// </summary>
    public static readonly TimeSpan AppliedChangesRetainedFor = TimeSpan.FromHours(1);

    [Id(0)]
    public TState? Value { get; init; }

    [Id(1)]
    public ImmutableArray<AppliedChange> AppliedChanges { get; init; } = [];

    /// <summary>Audit entries written with their change and not yet known to be in the audit log.</summary>
    [Id(2)]
    public ImmutableArray<AuditEntry> PendingAudit { get; init; } = [];

    public AppliedChange? Applied(ChangeContext change) =>
        change.ClientMutationId is { } key ? AppliedChanges.FirstOrDefault(a => a.ClientMutationId == key) : null;

    /// <summary>The next stored state: the value, with the change's id remembered (applied at <paramref name="at"/>).</summary>
    public Stored<TState> With(TState value, ChangeContext change, DateTimeOffset at, string? resultId = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.ClientMutationId is not { } key)
        {
            return this with { Value = value };
        }

        var applied = AppliedChanges.Add(new AppliedChange(key, resultId) { At = at });
        return this with { Value = value, AppliedChanges = Kept(applied, at) };
    }

    /// <summary>The last <see cref="AppliedChangesKept"/> ids, and any older ones applied within <see cref="AppliedChangesRetainedFor"/>, up to <see cref="AppliedChangesKeptAtMost"/>.</summary>
    private static ImmutableArray<AppliedChange> Kept(ImmutableArray<AppliedChange> applied, DateTimeOffset now)
    {
        var oldest = Math.Max(0, applied.Length - AppliedChangesKeptAtMost);
        var since = now - AppliedChangesRetainedFor;
        while (oldest < applied.Length - AppliedChangesKept && applied[oldest].At < since)
        {
            oldest++;
        }

        return oldest == 0 ? applied : applied.RemoveRange(0, oldest);
    }
}
