namespace SupportGrains.Grains.Common;

/// <summary>
/// What travels with every change: the client's idempotency key (a change with a key already
/// applied by the grain that owns it changes nothing the second time).
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ChangeContext")]
public sealed record ChangeContext(string? ClientMutationId = null)
{
    public static ChangeContext None { get; } = new();
}
