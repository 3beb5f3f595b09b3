using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Sample;

/// <summary>
/// A fictional organisation described as the steps that would have built it, in the order they
/// happened: loading it goes through the same grains and rules as real use.
/// </summary>
public sealed record SamplePlan(
    string OrganisationId,
    NewOrganisation Organisation,
    ImmutableArray<SamplePerson> People,
    ImmutableArray<SampleStaff> Staff,
    ImmutableArray<SampleMatch> Matches,
    ImmutableArray<SampleKnows> Knows,
    ImmutableArray<SampleAvailability> Availability)
{
    /// <summary>The day the plan was built for: its "today".</summary>
    public DateOnly Today { get; init; }

    /// <summary>The team leaders who lead each person's team, by person id.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> TeamLeaders { get; init; } = ImmutableDictionary<string, ImmutableArray<string>>.Empty;

    /// <summary>A team's rota, loaded after everything else (none in the larger benchmark organisations).</summary>
    public SampleRota? Rota { get; init; }
}

/// <summary>A person taken on, and when their support ended, if it has.</summary>
public sealed record SamplePerson(string Id, NewPerson Person, DateOnly? EndedOn);

/// <summary>A colleague who joined, and when and why they left, if they have.</summary>
public sealed record SampleStaff(string Id, NewStaffMember Staff, DateOnly? LeftOn, string? LeavingReason);

/// <summary>A match and how far it went: the stages it passed, shadow shifts, hours, reviews, and its end.</summary>
public sealed record SampleMatch(
    string PersonId,
    string StaffId,
    ImmutableArray<MatchStage> Stages,
    int ShadowShifts,
    double HoursPerWeek,
    ImmutableArray<MatchReview> Reviews,
    string? EndedReason);

/// <summary>Who knows whom, and when they last spent time together.</summary>
public sealed record SampleKnows(string StaffId, string? PersonId, string? ColleagueId, DateOnly LastTogetherOn);

/// <summary>A change of a colleague's availability.</summary>
public sealed record SampleAvailability(string StaffId, AvailabilityStatus Status, DateOnly From, DateOnly? Until, string? Note);
