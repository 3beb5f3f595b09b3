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
    /// <summary>How many applied ids each grain remembers: a retry older than that many changes to the same thing is applied again.</summary>
    public const int AppliedChangesKept = 100;

    [Id(0)]
    public TState? Value { get; init; }

    [Id(1)]
    public ImmutableArray<AppliedChange> AppliedChanges { get; init; } = [];

    /// <summary>Audit entries written with their change and not yet known to be in the audit log.</summary>
    [Id(2)]
    public ImmutableArray<AuditEntry> PendingAudit { get; init; } = [];

    public AppliedChange? Applied(ChangeContext change) =>
        change.ClientMutationId is { } key ? AppliedChanges.FirstOrDefault(a => a.ClientMutationId == key) : null;

    public Stored<TState> With(TState value, ChangeContext change, string? resultId = null)
    {
        if (change.ClientMutationId is not { } key)
        {
            return this with { Value = value };
        }

        var applied = AppliedChanges.Add(new AppliedChange(key, resultId));
        return this with
        {
            Value = value,
            AppliedChanges = applied.Length > AppliedChangesKept ? applied.RemoveRange(0, applied.Length - AppliedChangesKept) : applied,
        };
    }
}
