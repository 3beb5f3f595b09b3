namespace SupportGrains.Grains.Common;

/// <summary>A client mutation id a grain has applied, and the id of what it created, if anything.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AppliedChange")]
public sealed record AppliedChange(string ClientMutationId, string? ResultId);
