using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>A time the pattern was applied to a range of weeks: the weeks it filled, those it left alone and why, and the shifts it made.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.PatternApplication")]
public sealed record PatternApplication(
    string PersonId,
    int Number,
    int PatternNumber,
    DateOnly From,
    int Weeks,
    ImmutableArray<DateOnly> FilledWeeks,
    ImmutableArray<SkippedWeek> SkippedWeeks,
    ImmutableArray<string> ShiftIds,
    DateTimeOffset At,
    string? By);
