using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// DOMAIN.md "Growth plan": taking on <see cref="Adding"/> people by <see cref="By"/> — the room each
/// rule leaves, the colleagues to recruit to keep today's staff-per-person ratio, and the findings
/// split into those already present today and those the growth would cause.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.GrowthPlan")]
public sealed record GrowthPlan(
    int Adding,
    DateOnly By,
    CheckStatus Status,
    int PeopleToday,
    int PeopleBy,
    ImmutableArray<GrowthLimit> Limits,
    int StaffToday,
    int StaffBy,
    double StaffPerPersonToday,
    int ColleaguesToRecruit,
    string RecruitmentMessage,
    ImmutableArray<Finding> AlreadyPresent,
    ImmutableArray<Finding> CausedByGrowth);
