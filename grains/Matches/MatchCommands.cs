using SupportGrains.Grains.Common;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Matches;

/// <summary>Starting a match between a person and a colleague; the match then lives in its own grain.</summary>
public static class MatchCommands
{
    public static async Task<MatchView> StartAsync(IGrainFactory grains, string personId, string staffId, MatchStage stage, DateOnly today, string? note = null, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition("A match cannot start ENDED: start it at an earlier stage and end it with a reason.");
        }

        var person = await PersonCommands.RequireAsync(grains, personId);
        var staff = await StaffCommands.RequireAsync(grains, staffId);
        if (person.OrganisationId != staff.OrganisationId)
        {
            throw DomainException.InvalidInput($"{person.Name} and {staff.Name} belong to different organisations.");
        }

        if (!staff.IsCurrentOn(today))
        {
            throw DomainException.InvalidInput($"{staff.Name} left on {staff.LeftOn:yyyy-MM-dd} and cannot start a match.");
        }

        var existing = await Task.WhenAll(staff.MatchIds.Select(m => grains.GetGrain<IMatchGrain>(m).GetAsync()));
        if (existing.OfType<MatchView>().FirstOrDefault(m => m.PersonId == personId && !m.IsEnded) is { } open)
        {
            throw DomainException.InvalidInput($"{staff.Name} already has an open match with {person.Name} ({open.Id}, at {MatchRules.Name(open.Stage)}).");
        }

        var match = await grains.GetGrain<IMatchGrain>(id ?? Ids.New("m")).StartAsync(new NewMatch(person.OrganisationId, personId, staffId, stage, note));
        await grains.GetGrain<ITeamGrain>(personId).AddMatchAsync(match.Id);
        await grains.GetGrain<IStaffMemberGrain>(staffId).AddMatchAsync(match.Id);
        await grains.GetGrain<IOrganisationGrain>(person.OrganisationId).AddMatchAsync(match.Id);
        return match;
    }

    /// <summary>The match, or NOT_FOUND.</summary>
    public static async Task<MatchView> RequireAsync(IGrainFactory grains, string matchId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return await grains.GetGrain<IMatchGrain>(matchId).GetAsync() ?? throw DomainException.NotFound($"Match {matchId}");
    }
}
