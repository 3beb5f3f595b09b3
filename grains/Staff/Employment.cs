namespace SupportGrains.Grains.Staff;

/// <summary>A candidate starting employment: from when, in which role, on which contract and hours.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Employment")]
public sealed record Employment(DateOnly StartedOn, string Role, bool IsLeader, ContractType Contract, double ContractedHoursPerWeek);
