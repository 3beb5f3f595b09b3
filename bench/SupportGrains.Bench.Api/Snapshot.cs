using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Bench.Api;

/// <summary>
/// An organisation's live state gathered from its grains (as the organisation gathers it), and
/// written as JSON for the graphql-js peer: only what was recorded, never a figure worked out
/// here, so the peer computes every answer by the rules itself.
/// </summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    /// <summary>People, staff, each person's team (matches and leaders) and the organisation's knows links, as the grains hold them now.</summary>
    public static async Task<OrganisationSnapshot> GatherAsync(IGrainFactory grains, string organisationId)
    {
        var view = await grains.GetGrain<IOrganisationGrain>(organisationId).GetAsync()
            ?? throw new InvalidOperationException($"Organisation {organisationId} does not exist.");
        var people = Task.WhenAll(view.PersonIds.Select(id => grains.GetGrain<IPersonGrain>(id).GetAsync()));
        var staff = Task.WhenAll(view.StaffIds.Select(id => grains.GetGrain<IStaffMemberGrain>(id).GetAsync()));
        var teams = Task.WhenAll(view.PersonIds.Select(id => grains.GetGrain<ITeamGrain>(id).GetAsync()));
        var links = grains.GetGrain<IKnowsGrain>(organisationId).LinksAsync();
        await Task.WhenAll(people, staff, teams, links);
        return new OrganisationSnapshot(view, [.. (await people).OfType<PersonView>()], [.. (await staff).OfType<StaffView>()],
            [.. (await teams).SelectMany(t => t.Matches)], await links)
        {
            TeamLeaders = (await teams).Where(t => !t.LeaderStaffIds.IsEmpty).ToImmutableDictionary(t => t.PersonId, t => t.LeaderStaffIds),
        };
    }

    /// <summary>Writes the snapshot for the peer (people and staff in the organisation's order, matches in each team's).</summary>
    public static async Task<string> WriteAsync(OrganisationSnapshot snapshot, string folder)
    {
        var organisation = snapshot.Organisation;
        var path = Path.Combine(folder, organisation.Id + ".json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            Organisation = new { organisation.Id, organisation.Name, organisation.StartedOn, organisation.FundedPosts, organisation.Guidance },
            People = snapshot.People.Select(p => new
            {
                p.Id,
                p.Name,
                p.SupportStartedOn,
                p.SupportEndedOn,
                p.FundedHoursPerWeek,
                FundedHours = p.FundedHoursHistory.Select(f => new { f.From, f.HoursPerWeek, f.SupportRatio }),
            }),
            Staff = snapshot.Staff.Select(s => new
            {
                s.Id,
                s.Name,
                s.Role,
                s.IsLeader,
                s.Contract,
                s.StartedOn,
                s.LeftOn,
                s.ContractedHoursPerWeek,
                Availability = s.AvailabilityHistory.Select(a => new { a.Status, a.From, a.Until }),
            }),
            Matches = snapshot.Matches.Select(m => new
            {
                m.Id,
                m.PersonId,
                m.StaffId,
                m.Stage,
                m.HoursPerWeek,
                Allocations = m.Allocations.Select(a => new { a.From, a.To, a.HoursPerWeek }),
            }),
            Knows = snapshot.Links.Select(l => new { l.StaffId, l.PersonId, l.ColleagueId, l.Since, l.LastTogetherOn }),
            snapshot.TeamLeaders,
        }, Options));
        return path;
    }
}
