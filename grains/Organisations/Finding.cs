using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>One observation of a size check: what, how it stands, the figures and the why, and who it concerns.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Finding")]
public sealed record Finding(
    string Code,
    CheckStatus Status,
    string Message,
    double? Limit,
    double? Actual,
    ImmutableArray<string> PersonIds,
    ImmutableArray<string> StaffIds);
