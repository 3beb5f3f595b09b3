using SupportGrains.Grains.Audit;

namespace SupportGrains.Grains.Common;

/// <summary>
/// What travels with every change: the client's idempotency key (a change with a key already
/// applied by the grain that owns it changes nothing the second time) and, for the audit trail,
/// who asked for it and what they asked (the operation and its input, secrets left out). A change
/// with an operation is written together with its audit entry.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ChangeContext")]
public sealed record ChangeContext(string? ClientMutationId = null)
{
    [Id(0)]
    public AuditAuthor? Author { get; init; }

    /// <summary>The operation asked for (the GraphQL mutation or the page action), e.g. "advanceMatch".</summary>
    [Id(1)]
    public string? Operation { get; init; }

    /// <summary>The input of the operation as JSON, with secrets left out.</summary>
    [Id(2)]
    public string? Input { get; init; }

    /// <summary>A change made by the system itself (sample data, internal bookkeeping): no key, nothing to audit.</summary>
    public static ChangeContext None { get; } = new();
}
