using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Sample;

/// <summary>Loads a sample plan through the same grains and rules as real use.</summary>
public static class SampleLoader
{
    /// <summary>Whether the organisation of the plan exists already (a second run keeps the data).</summary>
    public static async Task<bool> ExistsAsync(IGrainFactory grains, string organisationId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return await grains.GetGrain<IOrganisationGrain>(organisationId).GetAsync() is not null;
    }

    public static async Task LoadAsync(IGrainFactory grains, SamplePlan plan)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(plan);
        var none = ChangeContext.None;
        await grains.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).CreateOrganisationAsync(plan.Organisation with { Id = plan.OrganisationId }, none);
        var organisation = grains.GetGrain<IOrganisationGrain>(plan.OrganisationId);
        foreach (var person in plan.People)
        {
            await organisation.AddPersonAsync(person.Person with { Id = person.Id }, none);
        }

        foreach (var staff in plan.Staff)
        {
            await organisation.AddStaffMemberAsync(staff.Staff with { Id = staff.Id }, none);
        }

        await Task.WhenAll(plan.Matches.GroupBy(m => m.PersonId).Select(async team =>
        {
            var grain = grains.GetGrain<ITeamGrain>(team.Key);
            foreach (var match in team)
            {
                var id = (await grain.StartMatchAsync(new NewMatch(match.StaffId, match.Stages[0], "Met at a recruitment day"), none)).Id;
                foreach (var stage in match.Stages.Skip(1))
                {
                    await grain.AdvanceMatchAsync(id, stage, stage == MatchStage.Matched ? "Both said yes at the review" : null, none);
                    if (stage == MatchStage.Induction)
                    {
                        for (var i = 0; i < match.ShadowShifts; i++)
                        {
                            await grain.RecordShadowShiftAsync(id, null, null, null, none);
                        }
                    }
                }

                if (match.HoursPerWeek > 0)
                {
                    await grain.AllocateHoursAsync(id, match.HoursPerWeek, null, none);
                }

                foreach (var review in match.Reviews)
                {
                    await grain.ReviewMatchAsync(id, review, none);
                }

                if (match.EndedReason is { } reason)
                {
                    await grain.EndMatchAsync(id, reason, none);
                }
            }
        }));

        await Task.WhenAll(plan.TeamLeaders.Select(t => grains.GetGrain<ITeamGrain>(t.Key).SetLeadersAsync(t.Value, none)));

        var knows = grains.GetGrain<IKnowsGrain>(plan.OrganisationId);
        foreach (var link in plan.Knows)
        {
            await knows.RecordAsync(link.StaffId, link.PersonId, link.ColleagueId, link.LastTogetherOn, none);
        }

        await Task.WhenAll(plan.Availability.GroupBy(a => a.StaffId).Select(async changes =>
        {
            foreach (var change in changes)
            {
                await grains.GetGrain<IStaffMemberGrain>(change.StaffId).SetAvailabilityAsync(change.Status, change.From, change.Until, change.Note, none);
            }
        }));

        // Leavers and ended support are recorded last, as they happened after the rest.
        await Task.WhenAll(plan.Staff.Where(s => s.LeftOn is not null)
            .Select(s => grains.GetGrain<IStaffMemberGrain>(s.Id).LeaveAsync(s.LeftOn!.Value, s.LeavingReason, none)));
        await Task.WhenAll(plan.People.Where(p => p.EndedOn is not null)
            .Select(p => grains.GetGrain<IPersonGrain>(p.Id).EndSupportAsync(p.EndedOn!.Value, none)));

        if (plan.Rota is { } rota)
        {
            // The team set its pattern and filled the weeks; leave was booked afterwards.
            var grain = grains.GetGrain<IRotaGrain>(rota.PersonId);
            await grain.SetPatternAsync(rota.Pattern, none);
            await grain.ApplyPatternAsync(rota.From, rota.Weeks, null, none);
            var leave = rota.LeaveBookedAfter;
            await grains.GetGrain<IStaffMemberGrain>(leave.StaffId).SetAvailabilityAsync(leave.Status, leave.From, leave.Until, leave.Note, none);
        }

        // What fell due in the past was seen to at the time (by the director); what is due from a fortnight ago on is still open.
        var due = grains.GetGrain<Due.IDueGrain>(plan.OrganisationId);
        var director = plan.Staff.FirstOrDefault(s => s.Staff.Role == "Director" && s.LeftOn is null)?.Id;
        if (director is not null)
        {
            var today = plan.Today;
            foreach (var recorded in (await due.RecordDueAsync()).Where(r => r.Item.DueOn < today.AddDays(-14)))
            {
                await due.MarkDoneAsync(recorded.Item.Key, director, none);
            }
        }
    }
}
