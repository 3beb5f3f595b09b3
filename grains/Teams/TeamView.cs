using System.Collections.Immutable;

namespace SupportGrains.Grains.Teams;

/// <summary>The team around a person on a day: its members, and how much of the funded hours they cover.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.TeamView")]
public sealed record TeamView(string Id, string PersonId, ImmutableArray<TeamMember> Members, double FundedHoursPerWeek, double CoveredHoursPerWeek)
{
    /// <summary>Funded hours a week not covered (0 when covered).</summary>
    public double UncoveredHoursPerWeek => Math.Max(0, FundedHoursPerWeek - CoveredHoursPerWeek).RoundHours();

    /// <summary>Whether the covered hours come from the week's rota or from the hours allocated to matched members.</summary>
    [Id(0)]
    public CoveredHoursSource CoveredHoursFrom { get; init; }
}
