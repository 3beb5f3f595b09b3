using System.Collections.Immutable;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Api.Application;

/// <summary>
/// Colleagues, for the pages and the GraphQL API alike: their record, availability, teams and whom
/// they know as the signed-in user may read them, and the changes a colleague makes (availability,
/// whom they know), each decided by <see cref="Access.Access"/> before it reaches the grains.
/// </summary>
public sealed class StaffService(Access.Access access, PeopleService people, IGrainFactory grains, Clock clock)
{
    public DateOnly Today => clock.Today;

    /// <summary>A colleague, when there is one and the signed-in user may read their record.</summary>
    public async Task<StaffView?> GetAsync(string staffId)
    {
        var staff = await grains.GetGrain<IStaffMemberGrain>(staffId).GetAsync();
        return staff is not null && await access.CanReadStaffAsync(staff) ? staff : null;
    }

    /// <summary>A colleague's availability on a day; a sickness note only for those who may read their personal matters.</summary>
    public Task<Availability> AvailabilityAsync(StaffView staff, DateOnly day) => Availability(staff, day).AsTask();

    /// <summary>As <see cref="AvailabilityAsync"/>, answered without a task when no access decision is needed (for anyone not off sick).</summary>
    public ValueTask<Availability> Availability(StaffView staff, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var availability = staff.AvailabilityOn(day);
        return availability.Status == AvailabilityStatus.OffSick ? new(WithoutNoteUnlessReadable(staff, availability)) : new(availability);
    }

    private async Task<Availability> WithoutNoteUnlessReadable(StaffView staff, Availability availability) =>
        await access.CanReadPersonalMattersAsync(staff) ? availability : availability with { Note = null };

    /// <summary>The teams a colleague is in today (INDUCTION or MATCHED), each with its person, as far as the signed-in user may read them.</summary>
    public async Task<ImmutableArray<TeamPlace>> TeamsAsync(StaffView staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var today = clock.Today;
        var organisation = grains.GetGrain<IOrganisationGrain>(staff.OrganisationId);
        var connections = await organisation.ConnectionsOfAsync(staff.Id, today);
        var places = await Task.WhenAll(connections.TeamPersonIds.Select(async personId =>
            await people.GetAsync(personId) is { } person && await organisation.TeamAsync(personId, today) is { } team
                ? new TeamPlace(person, team, team.Members.FirstOrDefault(m => m.StaffId == staff.Id))
                : null));
        return [.. places.OfType<TeamPlace>().OrderBy(p => p.Person.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The people and colleagues a colleague knows today (people first), with when they were last together, as far as the signed-in user may read them.</summary>
    public async Task<ImmutableArray<Acquaintance>> KnowsAsync(StaffView staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var connections = await grains.GetGrain<IOrganisationGrain>(staff.OrganisationId).ConnectionsOfAsync(staff.Id, clock.Today);
        var links = (await grains.GetGrain<IKnowsGrain>(staff.OrganisationId).LinksAsync()).Where(l => l.StaffId == staff.Id || l.ColleagueId == staff.Id).ToList();
        var known = await Task.WhenAll(connections.KnowsPersonIds.Select(async id => await people.GetAsync(id) is { } person
            ? new Acquaintance(person.Name, person.Id, null, links.FirstOrDefault(l => l.Links(staff.Id, person.Id, null))?.LastTogetherOn)
            : null));
        var colleagues = await Task.WhenAll(connections.KnowsStaffIds.Select(async id => await GetAsync(id) is { } colleague
            ? new Acquaintance(colleague.Name, null, colleague.Id, links.FirstOrDefault(l => l.Links(staff.Id, null, colleague.Id))?.LastTogetherOn)
            : null));
        return
        [
            .. known.OfType<Acquaintance>().OrderBy(a => a.Name, StringComparer.CurrentCulture),
            .. colleagues.OfType<Acquaintance>().OrderBy(a => a.Name, StringComparer.CurrentCulture),
        ];
    }

    /// <summary>Changes a colleague's availability: themselves, the leaders of a team they are in, or a director.</summary>
    public async Task<StaffView> SetAvailabilityAsync(SetAvailabilityInput input, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(input);
        await access.RequireChangeAvailabilityAsync(input.StaffId);
        return await grains.GetGrain<IStaffMemberGrain>(input.StaffId).SetAvailabilityAsync(input.Status, input.From, input.Until, input.Note, change);
    }

    /// <summary>
    /// A colleague back before their absence ends: available from today, with what was booked under
    /// the absence booked again (<see cref="EarlyReturn"/>), each as a change of availability; the
    /// same people may do it as may change their availability.
    /// </summary>
    public async Task<StaffView> ComeBackAsync(string staffId, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var staff = await access.RequireChangeAvailabilityAsync(staffId);
        var grain = grains.GetGrain<IStaffMemberGrain>(staffId);
        var changes = EarlyReturn.Changes(staff.AvailabilityHistory, clock.Today, clock.Now);
        for (var i = 0; i < changes.Length; i++)
        {
            var next = changes[i];
            staff = await grain.SetAvailabilityAsync(next.Status, next.From, next.Until, next.Note,
                change with { ClientMutationId = change.ClientMutationId is { } key ? $"{key}-{i + 1}" : null });
        }

        return staff;
    }

    /// <summary>Records whom a colleague knows and when they last spent time together: the colleague themselves, or a director.</summary>
    public async Task<StaffView?> RecordKnowsAsync(RecordKnowsInput input, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(input);
        var organisationId = (await access.RequireRecordKnowsAsync(input.StaffId)).OrganisationId;
        await grains.GetGrain<IKnowsGrain>(organisationId).RecordAsync(input.StaffId, input.PersonId, input.ColleagueId, input.LastTogetherOn, change);
        return await grains.GetGrain<IStaffMemberGrain>(input.StaffId).GetAsync();
    }
}
