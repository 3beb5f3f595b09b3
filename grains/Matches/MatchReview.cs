using System.Collections.Immutable;

namespace SupportGrains.Grains.Matches;

/// <summary>A "working / not working" review of a match from one perspective, with the actions agreed.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.MatchReview")]
public sealed record MatchReview(DateOnly On, Perspective Perspective, ImmutableArray<string> Working, ImmutableArray<string> NotWorking, ImmutableArray<string> Actions);
