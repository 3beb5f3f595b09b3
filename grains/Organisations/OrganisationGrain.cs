using System.Collections.Immutable;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Grains.Organisations;

public sealed partial class OrganisationGrain([PersistentState(StorageNames.Organisation, StorageNames.Default)] IPersistentState<Stored<OrganisationState>> state)
    : DomainGrain<OrganisationState>(state), IOrganisationGrain
{
    // The snapshot the questions are answered from, kept while nothing in the organisation changes:
    // every change (here, or reported by SnapshotChangedAsync) moves the version on. Questions that
    // arrive while a snapshot is being gathered wait for that one rather than gather their own.
    private Task<OrganisationSnapshot>? _snapshot;
    private long _snapshotVersion = -1;

    // Answers worked out from the kept snapshot, by question (bounded: questions about many days do not pile up).
    private const int MaxAnswersKept = 256;
    private readonly Dictionary<string, object> _answers = new(StringComparer.Ordinal);
    private OrganisationSnapshot? _answersFor;
    private long _version;

    protected override string Described => $"Organisation {Key}";

    // What becomes due is recorded by the due grain's reminder: the organisation makes sure of it
    // each time it wakes (and when it is created), so no organisation is left without one.
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (Current is not null)
        {
            await DueReminder.EnsureAsync(GrainFactory, Key, ServiceProvider);
        }
    }

    public async Task<OrganisationView> CreateAsync(NewOrganisation organisation, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (Current is { } existing)
        {
            return Applied(change) is not null ? View(existing) : throw DomainException.InvalidInput($"Organisation {Key} exists already.");
        }

        var created = OrganisationRules.Create(organisation);
        await SaveAsync(created, change, Key);
        await DueReminder.EnsureAsync(GrainFactory, Key, ServiceProvider);
        return View(created);
    }

    public Task<OrganisationView?> GetAsync() => Task.FromResult(Current is { } current ? View(current) : null);

    public async Task<PersonView> AddPersonAsync(NewPerson person, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(person);
        var organisation = Existing;
        var id = Ids.Choose(person.Id, "p", Key, change);
        var grain = GrainFactory.GetGrain<IPersonGrain>(id);
        if (person.Id is null && change.ClientMutationId is not null && await grain.GetAsync() is { } earlier)
        {
            // The same change again: the first attempt took the person on.
            return earlier;
        }

        var asked = PersonRules.Create(person with { OrganisationId = Key }, Clock.Now);
        var check = SizeCheckRules.Check(await SnapshotAsync(), 1, Require.Day(person.SupportStartedOn, "supportStartedOn"), Clock.Today);
        if (check.Status == CheckStatus.Red && asked.SizeGuidanceOverrideReason is null)
        {
            var why = string.Join(" ", check.Findings.Where(f => f.Status == CheckStatus.Red).Select(f => f.Message));
            throw new DomainException(ErrorCode.SizeGuidanceRed,
                $"Taking on {asked.Name} on {person.SupportStartedOn:yyyy-MM-dd} makes the size check RED: {why} To record the decision anyway, give an overrideReason.");
        }

        if (!organisation.PersonIds.Contains(id))
        {
            await SaveAsync(organisation with { PersonIds = organisation.PersonIds.Add(id) }, ChangeContext.None);
        }

        return await grain.CreateAsync(person with { OrganisationId = Key }, change);
    }

    public async Task<StaffView> AddStaffMemberAsync(NewStaffMember staff, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var organisation = Existing;
        var id = Ids.Choose(staff.Id, "s", Key, change);
        var grain = GrainFactory.GetGrain<IStaffMemberGrain>(id);
        if (staff.Id is null && change.ClientMutationId is not null && await grain.GetAsync() is { } earlier)
        {
            return earlier;
        }

        StaffRules.Create(staff);
        if (staff.RecruitedForPersonId is { } personId)
        {
            var person = await GrainFactory.GetGrain<IPersonGrain>(personId).GetAsync() ?? throw DomainException.NotFound($"Person {personId}");
            if (person.OrganisationId != Key)
            {
                throw DomainException.InvalidInput($"{person.Name} is supported by another organisation.");
            }
        }

        if (!organisation.StaffIds.Contains(id))
        {
            await SaveAsync(organisation with { StaffIds = organisation.StaffIds.Add(id) }, ChangeContext.None);
        }

        return await grain.CreateAsync(staff with { OrganisationId = Key }, change);
    }

    public async Task<StaffView> AddCandidateAsync(NewCandidate candidate, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var organisation = Existing;
        var id = Ids.Choose(candidate.Id, "c", Key, change);
        var grain = GrainFactory.GetGrain<IStaffMemberGrain>(id);
        if (candidate.Id is null && change.ClientMutationId is not null && await grain.GetAsync() is { } earlier)
        {
            return earlier;
        }

        StaffRules.CreateCandidate(candidate, Clock.Now);
        if (!organisation.StaffIds.Contains(id))
        {
            await SaveAsync(organisation with { StaffIds = organisation.StaffIds.Add(id) }, ChangeContext.None);
        }

        return await grain.CreateCandidateAsync(candidate with { OrganisationId = Key }, change);
    }

    public async Task<OrganisationView> SetGuidanceAsync(SizeGuidance guidance, ChangeContext change) =>
        View(await ChangeAsync(change, current => current with { Guidance = OrganisationRules.Validate(guidance) }));

    public async Task<OrganisationView> SetSettingsAsync(OrganisationSettings settings, ChangeContext change) =>
        View(await ChangeAsync(change, current => current with { Settings = OrganisationRules.Validate(settings) }));

    public Task SnapshotChangedAsync()
    {
        ForgetSnapshot();
        return Task.CompletedTask;
    }

    public async Task<SizeCheck> SizeCheckAsync(int adding, DateOnly asOf)
    {
        Require.Day(asOf, "asOf");
        var today = Clock.Today;
        return Answer(await SnapshotAsync(), $"size {adding} {asOf} {today}", s => SizeCheckRules.Check(s, adding, asOf, today));
    }

    public async Task<ImmutableArray<StaffView>> WhoKnowsEveryoneAsync(bool includeStaff, DateOnly asOf) =>
        Answer(await SnapshotAsync(), $"everyone {includeStaff} {asOf}", s => KnowsRules.WhoKnowsEveryone(s, includeStaff, asOf));

    public async Task<ImmutableArray<KnowsGap>> KnowsGapsAsync(bool leadersOnly, DateOnly asOf)
    {
        var judgedOn = KnowsRules.JudgedOn(Require.Day(asOf, "asOf"), Clock.Today);
        return Answer(await SnapshotAsync(), $"gaps {leadersOnly} {judgedOn}", s => KnowsRules.Gaps(s, leadersOnly, judgedOn));
    }

    public async Task<GrowthPlan> GrowthPlanAsync(int adding, DateOnly by) => GrowthPlanRules.Plan(await SnapshotAsync(), adding, by, Clock.Today);

    public async Task<WorkforceIndicators> WorkforceAsync(DateOnly asOf)
    {
        Require.Day(asOf, "asOf");
        return Answer(await SnapshotAsync(), $"workforce {asOf}", s => WorkforceRules.Compute(s, asOf));
    }

    public async Task<OrganisationViews> ViewsAsync(ImmutableArray<string> personIds, ImmutableArray<string> staffIds)
    {
        var snapshot = await SnapshotAsync();
        return new OrganisationViews(
            [.. personIds.Select(id => snapshot.Index.Person(id)).OfType<PersonView>()],
            [.. staffIds.Select(id => snapshot.StaffById.GetValueOrDefault(id)).OfType<StaffView>()]);
    }

    public async Task<TeamView?> TeamAsync(string personId, DateOnly day)
    {
        var snapshot = await SnapshotAsync();
        return snapshot.Index.Person(personId) is { } person ? Team(snapshot, person, day) : null;
    }

    public async Task<TeamWithMembers?> TeamWithMembersAsync(string personId, DateOnly day)
    {
        var snapshot = await SnapshotAsync();
        if (snapshot.Index.Person(personId) is not { } person)
        {
            return null;
        }

        // The same kept team as TeamAsync answers, with its members' views and matches and the person's view beside it.
        var team = Team(snapshot, person, day);
        return Answer(snapshot, $"team with members {personId} {day}", s =>
        {
            var matches = s.Index.MatchesOf(personId);
            return new TeamWithMembers(
                team,
                [.. team.Members.Select(m => s.StaffById.GetValueOrDefault(m.StaffId)).OfType<StaffView>()],
                [.. team.Members.Select(m => matches.FirstOrDefault(match => match.Id == m.MatchId)).OfType<Match>()],
                person);
        });
    }

    private TeamView Team(OrganisationSnapshot snapshot, PersonView person, DateOnly day) =>
        Answer(snapshot, $"team {person.Id} {day}", s => s.TeamOf(person, day));

    public async Task<StaffConnections> ConnectionsOfAsync(string staffId, DateOnly day) => KnowsRules.ConnectionsOf(await SnapshotAsync(), staffId, day);

    public async Task<ImmutableArray<string>> KnownByAsync(string personId, DateOnly day) => KnowsRules.KnownBy(await SnapshotAsync(), personId, day);

    public async Task<ImmutableArray<DueItem>> DueAsync(int withinDays, DateOnly today) => DueRules.For(await SnapshotAsync(), today, withinDays);

    public async Task<ImmutableArray<DueItem>> DueForStaffAsync(string staffId, int withinDays, DateOnly today) =>
        DueRules.ForStaff(await SnapshotAsync(), staffId, today, withinDays);

    protected override Task ChangedAsync(OrganisationState saved)
    {
        ForgetSnapshot();
        return Task.CompletedTask;
    }

    /// <summary>
    /// An answer worked out from a snapshot, kept with it: asked again before anything changes, it is
    /// not worked out again. A new snapshot starts with none.
    /// </summary>
    private T Answer<T>(OrganisationSnapshot snapshot, string question, Func<OrganisationSnapshot, T> work)
        where T : notnull
    {
        if (!ReferenceEquals(_answersFor, snapshot))
        {
            _answersFor = snapshot;
            _answers.Clear();
        }

        if (_answers.TryGetValue(question, out var kept))
        {
            return (T)kept;
        }

        var answer = work(snapshot);
        if (_answers.Count < MaxAnswersKept)
        {
            _answers[question] = answer;
        }

        return answer;
    }

    private Task<OrganisationSnapshot> SnapshotAsync()
    {
        var current = Existing;
        if (_snapshot is { } kept && _snapshotVersion == _version && !kept.IsFaulted && !kept.IsCanceled)
        {
            return kept;
        }

        _snapshotVersion = _version;
        _snapshot = GatherAsync(View(current));
        return _snapshot;
    }

    private async Task<OrganisationSnapshot> GatherAsync(OrganisationView organisation)
    {
        var people = Task.WhenAll(organisation.PersonIds.Select(id => GrainFactory.GetGrain<IPersonGrain>(id).GetAsync()));
        var staff = Task.WhenAll(organisation.StaffIds.Select(id => GrainFactory.GetGrain<IStaffMemberGrain>(id).GetAsync()));
        var teams = Task.WhenAll(organisation.PersonIds.Select(id => GrainFactory.GetGrain<ITeamGrain>(id).GetAsync()));
        var links = GrainFactory.GetGrain<IKnowsGrain>(Key).LinksAsync();
        var rotas = Task.WhenAll(organisation.PersonIds.Select(id => GrainFactory.GetGrain<IRotaGrain>(id).GetAsync()));
        await Task.WhenAll(people, staff, teams, links, rotas);
        return new OrganisationSnapshot(organisation, [.. (await people).OfType<PersonView>()], [.. (await staff).OfType<StaffView>()],
            [.. (await teams).SelectMany(t => t.Matches)], await links)
        {
            TeamLeaders = (await teams).Where(t => !t.LeaderStaffIds.IsEmpty).ToImmutableDictionary(t => t.PersonId, t => t.LeaderStaffIds),
            Rotas = [.. (await rotas).Where(r => !r.IsEmpty)],
        };
    }

    private void ForgetSnapshot()
    {
        _version++;
        _snapshot = null;
        TellObservers();
    }

    protected override string AuditOrganisation(OrganisationState state) => Key;

    // Who belongs to the organisation is bookkeeping, recorded by each person's and colleague's own entry.
    protected override (object? Before, object? After) AuditValues(OrganisationState? before, OrganisationState after) =>
        (before is null ? null : before with { PersonIds = [], StaffIds = [] }, after with { PersonIds = [], StaffIds = [] });

    private OrganisationView View(OrganisationState s) =>
        new(Key, s.Name, s.StartedOn, s.FundedPosts, s.Localities, s.Guidance, s.PersonIds, s.StaffIds, s.Settings);
}
