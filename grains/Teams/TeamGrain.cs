using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Teams;

public sealed class TeamGrain([PersistentState(StorageNames.Team, StorageNames.Default)] IPersistentState<Stored<TeamState>> state)
    : DomainGrain<TeamState>(state), ITeamGrain
{
    protected override string Described => $"The team around {Key}";

    public Task<TeamState> GetAsync() => Task.FromResult(Current ?? TeamState.Empty(Key));

    public async Task<Match> StartMatchAsync(NewMatch match, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(match);
        var team = Current ?? TeamState.Empty(Key);
        if (Applied(change) is { ResultId: { } done } && team.MatchById(done) is { } earlier)
        {
            return earlier;
        }

        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition("A match cannot start ENDED: start it at an earlier stage and end it with a reason.");
        }

        var person = await GrainFactory.GetGrain<IPersonGrain>(Key).GetAsync() ?? throw DomainException.NotFound($"Person {Key}");
        var staff = await GrainFactory.GetGrain<IStaffMemberGrain>(match.StaffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {match.StaffId}");
        if (person.OrganisationId != staff.OrganisationId)
        {
            throw DomainException.InvalidInput($"{person.Name} and {staff.Name} belong to different organisations.");
        }

        if (staff.LeftOn is { } left && left <= Clock.Today)
        {
            throw DomainException.InvalidInput($"{staff.Name} left on {left:yyyy-MM-dd} and cannot start a match.");
        }

        RequireEmployedFor(staff, match.Stage);

        if (team.Matches.FirstOrDefault(m => m.StaffId == staff.Id && !m.IsEnded) is { } open)
        {
            throw DomainException.InvalidInput($"{staff.Name} already has an open match with {person.Name} ({open.Id}, at {MatchRules.Name(open.Stage)}).");
        }

        var started = MatchRules.Start(Ids.Match(Key, team.Matches.Length + 1), person.OrganisationId, Key, match, Clock.Now);
        await SaveAsync(team with { OrganisationId = person.OrganisationId, Matches = team.Matches.Add(started) }, change, started.Id);
        return started;
    }

    public async Task<TeamState> SetLeadersAsync(ImmutableArray<string> staffIds, ChangeContext change)
    {
        var team = Current ?? TeamState.Empty(Key);
        if (Applied(change) is not null)
        {
            return team;
        }

        var person = await GrainFactory.GetGrain<IPersonGrain>(Key).GetAsync() ?? throw DomainException.NotFound($"Person {Key}");
        var leaders = staffIds.IsDefault ? [] : staffIds.Distinct().ToImmutableArray();
        foreach (var id in leaders)
        {
            var staff = await GrainFactory.GetGrain<IStaffMemberGrain>(id).GetAsync() ?? throw DomainException.NotFound($"Staff member {id}");
            if (staff.OrganisationId != person.OrganisationId || !staff.IsLeader || !staff.IsCurrentOn(Clock.Today))
            {
                throw DomainException.InvalidInput($"{staff.Name} cannot lead the team around {person.Name}: a team is led by a current colleague of the same organisation in a leadership role.");
            }
        }

        var next = team with { OrganisationId = person.OrganisationId, LeaderStaffIds = leaders };
        await SaveAsync(next, change);
        return next;
    }

    public async Task<Match> AdvanceMatchAsync(string matchId, MatchStage to, string? note, ChangeContext change)
    {
        var match = Current?.MatchById(matchId) ?? throw DomainException.NotFound($"Match {matchId}");
        if (to is MatchStage.Induction or MatchStage.Matched && Applied(change) is null)
        {
            RequireEmployedFor(await GrainFactory.GetGrain<IStaffMemberGrain>(match.StaffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {match.StaffId}"), to);
        }

        return await ChangeMatchAsync(matchId, change, m => MatchRules.Advance(m, to, note, Clock.Now));
    }

    public Task<Match> EndMatchAsync(string matchId, string reason, ChangeContext change) =>
        ChangeMatchAsync(matchId, change, m => MatchRules.End(m, reason, Clock.Now));

    public Task<Match> RecordShadowShiftAsync(string matchId, DateOnly? on, string? withStaffId, string? note, ChangeContext change) =>
        ChangeMatchAsync(matchId, change, m => MatchRules.RecordShadowShift(m, on ?? Clock.Today, withStaffId, note, Clock.Today, Clock.Now, MatchedColleagues()));

    public Task<Match> CorrectShadowShiftAsync(string matchId, int number, DateOnly? on, string? withStaffId, bool cancelled, string? note, ChangeContext change) =>
        ChangeMatchAsync(matchId, change, m => MatchRules.CorrectShadowShift(m, number, on, withStaffId, cancelled, note, Clock.Today, Clock.Now, MatchedColleagues()));

    public Task<Match> ReviewMatchAsync(string matchId, MatchReview review, ChangeContext change) =>
        ChangeMatchAsync(matchId, change, m => MatchRules.Review(m, review, Clock.Today));

    public Task<Match> AllocateHoursAsync(string matchId, double hoursPerWeek, DateOnly? from, ChangeContext change) =>
        ChangeMatchAsync(matchId, change, m => MatchRules.AllocateHours(m, hoursPerWeek, from ?? Clock.Today, Clock.Now));

    protected override Task ChangedAsync(TeamState saved) => TellOrganisationAsync(saved.OrganisationId);

    protected override string AuditOrganisation(TeamState state) => state.OrganisationId;

    protected override (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(TeamState? before, TeamState after)
    {
        var (was, now) = Changed(before, after);
        return ([Key], [.. was.Concat(now).Select(m => m.StaffId).Concat(after.LeaderStaffIds).Concat(before?.LeaderStaffIds ?? []).Distinct()]);
    }

    // The team keeps every match; the entry keeps only the matches the change touched, and the leaders.
    protected override (object? Before, object? After) AuditValues(TeamState? before, TeamState after)
    {
        var (was, now) = Changed(before, after);
        return (new { Matches = was, Leaders = before?.LeaderStaffIds ?? [] }, new { Matches = now, Leaders = after.LeaderStaffIds });
    }

    private static (ImmutableArray<Match> Before, ImmutableArray<Match> After) Changed(TeamState? before, TeamState after)
    {
        var earlier = before?.Matches ?? [];
        var now = after.Matches.Where(m => !earlier.Contains(m)).ToImmutableArray();
        return ([.. earlier.Where(m => now.Any(n => n.Id == m.Id))], now);
    }

    /// <summary>A candidate's match goes no further than OFFERED until they start employment.</summary>
    private static void RequireEmployedFor(StaffView staff, MatchStage stage)
    {
        if (staff.IsCandidate && stage is MatchStage.Induction or MatchStage.Matched)
        {
            throw DomainException.InvalidTransition($"{staff.Name} is a candidate: record that they start employment (startEmployment) before their match reaches {MatchRules.Name(stage)}.");
        }
    }

    private HashSet<string> MatchedColleagues() =>
        [.. (Current?.Matches ?? []).Where(m => m.Stage == MatchStage.Matched).Select(m => m.StaffId)];

    private async Task<Match> ChangeMatchAsync(string matchId, ChangeContext change, Func<Match, Match> decide)
    {
        var current = Current?.MatchById(matchId) ?? throw DomainException.NotFound($"Match {matchId}");
        var team = await ChangeAsync(change, t => t with { Matches = t.Matches.Replace(current, decide(current)) });
        return team.MatchById(matchId)!;
    }
}
