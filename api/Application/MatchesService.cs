using System.Collections.Immutable;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Api.Application;

/// <summary>
/// Matches, for the pages and the GraphQL API alike (DOMAIN.md "Match stages"): the matches of the
/// team around a person as the signed-in user may read them, and the changes the team's leaders (or
/// a director) make: start, advance, shadow shifts, reviews, hours, end. Each change is decided by
/// <see cref="Access.Access"/> before it reaches the team that keeps the match; the team's rules
/// refuse the rest in words.
/// </summary>
public sealed class MatchesService(Access.Access access, PeopleService people, StaffService staff, IGrainFactory grains)
{
    /// <summary>Every match of the team around a person (ended ones too, oldest first), when the person is the signed-in user's to read.</summary>
    public async Task<ImmutableArray<Match>> OfPersonAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return await people.GetAsync(person.Id) is null ? [] : (await grains.GetGrain<ITeamGrain>(person.Id).GetAsync()).Matches;
    }

    /// <summary>
    /// The matches of one person (<paramref name="personId"/>) or of everyone the signed-in user may
    /// read, each with what the board needs; ended matches with the rest (the board shows them last).
    /// </summary>
    public async Task<ImmutableArray<BoardMatch>> BoardAsync(string? personId)
    {
        var chosen = personId is null ? await people.ListAsync() : await people.GetAsync(personId) is { } one ? [one] : [];
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var board = new List<BoardMatch>();
        foreach (var person in chosen)
        {
            var team = await grains.GetGrain<ITeamGrain>(person.Id).GetAsync();
            var canManage = await people.CanManageAsync(person);
            var matched = new List<Colleague>();
            foreach (var member in team.Matches.Where(m => m.Stage == MatchStage.Matched))
            {
                matched.Add(new Colleague(member.StaffId, await NameAsync(member.StaffId)));
            }

            foreach (var match in team.Matches)
            {
                board.Add(new BoardMatch(match, person, await NameAsync(match.StaffId), [.. matched], canManage));
            }
        }

        return [.. board];

        async Task<string> NameAsync(string staffId)
        {
            if (!names.TryGetValue(staffId, out var name))
            {
                name = (await staff.GetAsync(staffId))?.Name ?? "a colleague";
                names[staffId] = name;
            }

            return name;
        }
    }

    /// <summary>Starts a match between a person and a colleague or candidate: the leaders of the person's team, or a director.</summary>
    public async Task<Match> StartAsync(string personId, NewMatch match, ChangeContext change)
    {
        await access.RequireManageTeamAsync(personId, "starting a match");
        return await grains.GetGrain<ITeamGrain>(personId).StartMatchAsync(match, change);
    }

    /// <summary>Moves a match forward to a later stage (never back, never to ENDED).</summary>
    public async Task<Match> AdvanceAsync(string matchId, MatchStage to, string? note, ChangeContext change) =>
        await (await TeamOfAsync(matchId)).AdvanceMatchAsync(matchId, to, note, change);

    /// <summary>Records a shadow shift (INDUCTION only) on a day, alongside a MATCHED colleague of the team.</summary>
    public async Task<Match> RecordShadowShiftAsync(string matchId, DateOnly? on, string? withStaffId, string? note, ChangeContext change) =>
        await (await TeamOfAsync(matchId)).RecordShadowShiftAsync(matchId, on, withStaffId, note, change);

    /// <summary>Corrects a shadow-shift entry with a later one; the earlier entry is kept.</summary>
    public async Task<Match> CorrectShadowShiftAsync(string matchId, int number, DateOnly? on, string? withStaffId, bool cancelled, string? note, ChangeContext change) =>
        await (await TeamOfAsync(matchId)).CorrectShadowShiftAsync(matchId, number, on, withStaffId, cancelled, note, change);

    /// <summary>Records a working / not working review (not after today; at least one of working, not working or actions).</summary>
    public async Task<Match> ReviewAsync(string matchId, MatchReview review, ChangeContext change) =>
        await (await TeamOfAsync(matchId)).ReviewMatchAsync(matchId, review, change);

    /// <summary>Ends a match with a reason; the search goes on.</summary>
    public async Task<Match> EndAsync(string matchId, string reason, ChangeContext change) =>
        await (await TeamOfAsync(matchId)).EndMatchAsync(matchId, reason, change);

    /// <summary>Allocates hours a week from a day (INDUCTION or MATCHED only).</summary>
    public async Task<Match> AllocateHoursAsync(string matchId, double hoursPerWeek, DateOnly? from, ChangeContext change) =>
        await (await TeamOfAsync(matchId)).AllocateHoursAsync(matchId, hoursPerWeek, from, change);

    /// <summary>The team that keeps a match, named by the match's id, when the signed-in user may manage it.</summary>
    private async Task<ITeamGrain> TeamOfAsync(string matchId)
    {
        var personId = Ids.PersonOfMatch(matchId) ?? throw DomainException.NotFound($"Match {matchId}");
        await access.RequireManageTeamAsync(personId, $"changing match {matchId}");
        return grains.GetGrain<ITeamGrain>(personId);
    }
}
