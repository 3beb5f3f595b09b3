using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Sample;

/// <summary>Loads a sample plan through the same commands and grains as real use.</summary>
public static class SampleLoader
{
    /// <summary>Whether the organisation of the plan exists already (a second run keeps the data).</summary>
    public static async Task<bool> ExistsAsync(IGrainFactory grains, string organisationId) =>
        await grains.GetGrain<IOrganisationGrain>(organisationId).GetAsync() is not null;

    public static async Task LoadAsync(IGrainFactory grains, SamplePlan plan, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(plan);
        await OrganisationCommands.CreateAsync(grains, plan.Organisation, plan.OrganisationId);
        foreach (var person in plan.People)
        {
            await PersonCommands.AddAsync(grains, person.Person, person.Id);
        }

        await Task.WhenAll(plan.Staff.Select(s => StaffCommands.AddAsync(grains, s.Staff, s.Id)));
        foreach (var match in plan.Matches)
        {
            await MatchCommands.StartAsync(grains, match.PersonId, match.StaffId, match.Stages[0], today, "Met at a recruitment day", match.Id);
            var grain = grains.GetGrain<IMatchGrain>(match.Id);
            foreach (var stage in match.Stages.Skip(1))
            {
                await grain.AdvanceAsync(stage, stage == MatchStage.Matched ? "Both said yes at the review" : null);
                if (stage == MatchStage.Induction)
                {
                    for (var i = 0; i < match.ShadowShifts; i++)
                    {
                        await grain.RecordShadowShiftAsync();
                    }
                }
            }

            if (match.HoursPerWeek > 0)
            {
                await grain.AllocateHoursAsync(match.HoursPerWeek);
            }

            foreach (var review in match.Reviews)
            {
                await grain.ReviewAsync(review);
            }

            if (match.EndedReason is { } reason)
            {
                await grain.EndAsync(reason);
            }
        }

        await Task.WhenAll(plan.Knows.GroupBy(k => k.StaffId).Select(async group =>
        {
            foreach (var knows in group)
            {
                await KnowsCommands.RecordAsync(grains, knows.StaffId, knows.PersonId, knows.ColleagueId, knows.LastTogetherOn);
            }
        }));

        foreach (var change in plan.Availability)
        {
            await grains.GetGrain<IStaffMemberGrain>(change.StaffId).SetAvailabilityAsync(
                new AvailabilityChange(change.Status, change.From, change.Until, change.Note, DateTimeOffset.UtcNow));
        }

        // Leavers and ended support are recorded last, as they happened after the rest.
        await Task.WhenAll(plan.Staff.Where(s => s.LeftOn is not null)
            .Select(s => grains.GetGrain<IStaffMemberGrain>(s.Id).LeaveAsync(s.LeftOn!.Value, s.LeavingReason)));
        await Task.WhenAll(plan.People.Where(p => p.EndedOn is not null)
            .Select(p => grains.GetGrain<IPersonGrain>(p.Id).EndSupportAsync(p.EndedOn!.Value)));
    }
}
