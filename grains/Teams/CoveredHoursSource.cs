namespace SupportGrains.Grains.Teams;

/// <summary>
/// Where a team's covered hours come from (DOMAIN.md "Covered hours"): the hours allocated to its
/// MATCHED members, or, when the team has a rota for the week, the rota's shifts worked by them.
/// </summary>
[GenerateSerializer]
[Alias("SupportGrains.CoveredHoursSource")]
public enum CoveredHoursSource
{
    AllocatedHours,
    Rota,
}
