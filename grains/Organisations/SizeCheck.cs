using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>An organisation checked against its size guidance on a day, as if <see cref="Adding"/> more people were taken on.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.SizeCheck")]
public sealed record SizeCheck(
    CheckStatus Status,
    DateOnly AsOf,
    int PeopleSupported,
    int Adding,
    bool InFirstYear,
    ImmutableArray<Finding> Findings);
