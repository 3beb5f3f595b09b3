using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>A repeating pattern of 1 to 8 weeks being set; week 1 of it is the week holding <see cref="StartsOn"/>.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewRotaPattern")]
public sealed record NewRotaPattern(int Weeks, DateOnly StartsOn, ImmutableArray<ShiftTemplate> Shifts, string? By = null);
