namespace SupportGrains.Grains.Common;

/// <summary>A client mutation id a grain has applied, the id of what it created, if anything, and when it was applied.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AppliedChange")]
public sealed record AppliedChange(string ClientMutationId, string? ResultId)
{
    /// <summary>When the change was applied (by the domain's clock); the earliest moment for ids kept before this was recorded.</summary>
    [Id(0)]
    public DateTimeOffset At { get; init; }
}
