using System.Collections.Immutable;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Organisations;

[GrainType("organisation")]
public sealed class OrganisationGrain([PersistentState("organisation", StorageNames.Default)] IPersistentState<OrganisationState> state) : Grain, IOrganisationGrain
{
    // The snapshot the questions are answered from, kept while nothing in the organisation changes:
    // every change (here, or reported by SnapshotChangedAsync) moves the version on.
    private OrganisationSnapshot? _snapshot;
    private long _snapshotVersion;
    private long _version;

    public async Task<OrganisationView> CreateAsync(NewOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (state.State.Exists)
        {
            throw DomainException.InvalidInput($"Organisation {GetPrimaryKeyString()} exists already.");
        }

        if (organisation.FundedPosts < 0)
        {
            throw DomainException.InvalidInput($"Funded posts must be 0 or more, not {organisation.FundedPosts}.");
        }

        Validate(organisation.Guidance);
        return await SaveAsync(new OrganisationState
        {
            Exists = true,
            Name = Require.Text(organisation.Name, "An organisation's name"),
            StartedOn = organisation.StartedOn,
            FundedPosts = organisation.FundedPosts,
            Localities = organisation.Localities.IsDefault ? [] : organisation.Localities,
            Guidance = organisation.Guidance,
        });
    }

    public Task<OrganisationView?> GetAsync() => Task.FromResult(state.State.Exists ? View(state.State) : null);

    public async Task AddPersonAsync(string personId)
    {
        var current = Existing();
        if (!current.PersonIds.Contains(personId))
        {
            await SaveAsync(current with { PersonIds = current.PersonIds.Add(personId) });
        }
    }

    public async Task AddStaffAsync(string staffId)
    {
        var current = Existing();
        if (!current.StaffIds.Contains(staffId))
        {
            await SaveAsync(current with { StaffIds = current.StaffIds.Add(staffId) });
        }
    }

    public async Task AddMatchAsync(string matchId)
    {
        var current = Existing();
        if (!current.MatchIds.Contains(matchId))
        {
            await SaveAsync(current with { MatchIds = current.MatchIds.Add(matchId) });
        }
    }

    public async Task<OrganisationView> SetGuidanceAsync(SizeGuidance guidance)
    {
        ArgumentNullException.ThrowIfNull(guidance);
        Validate(guidance);
        return await SaveAsync(Existing() with { Guidance = guidance });
    }

    public async Task<OrganisationSnapshot> SnapshotAsync()
    {
        var current = Existing();
        if (_snapshot is { } kept && _snapshotVersion == _version)
        {
            return kept;
        }

        var version = _version;
        var people = Task.WhenAll(current.PersonIds.Select(id => GrainFactory.GetGrain<IPersonGrain>(id).GetAsync()));
        var staff = Task.WhenAll(current.StaffIds.Select(id => GrainFactory.GetGrain<IStaffMemberGrain>(id).GetAsync()));
        var matches = Task.WhenAll(current.MatchIds.Select(id => GrainFactory.GetGrain<IMatchGrain>(id).GetAsync()));
        await Task.WhenAll(people, staff, matches);
        var snapshot = new OrganisationSnapshot(View(current), [.. (await people).OfType<PersonView>()], [.. (await staff).OfType<StaffView>()], [.. (await matches).OfType<MatchView>()]);
        if (version == _version)
        {
            // Nothing changed while the views were gathered: keep it for the next question.
            _snapshot = snapshot;
            _snapshotVersion = version;
        }

        return snapshot;
    }

    public Task SnapshotChangedAsync()
    {
        ForgetSnapshot();
        return Task.CompletedTask;
    }

    private void ForgetSnapshot()
    {
        _version++;
        _snapshot = null;
    }

    public async Task<SizeCheck> SizeCheckAsync(int adding, DateOnly asOf) => SizeCheckRules.Check(await SnapshotAsync(), adding, asOf);

    public async Task<ImmutableArray<StaffView>> WhoKnowsEveryoneAsync(bool includeStaff, DateOnly asOf) =>
        KnowsRules.WhoKnowsEveryone(await SnapshotAsync(), includeStaff, asOf);

    public async Task<ImmutableArray<KnowsGap>> KnowsGapsAsync(bool leadersOnly, DateOnly asOf) =>
        KnowsRules.Gaps(await SnapshotAsync(), leadersOnly, asOf);

    public async Task<WorkforceIndicators> WorkforceAsync(DateOnly asOf) => WorkforceRules.Compute(await SnapshotAsync(), asOf);

    private static void Validate(SizeGuidance guidance)
    {
        if (guidance.FirstYearLimit < 0 || guidance.YearlyGrowthLimit < 0 || guidance.CeilingAmber < 0 || guidance.MaxTeamsPerStaff < 0 || guidance.LeaderContactDays < 0)
        {
            throw DomainException.InvalidInput("Size guidance figures must be 0 or more.");
        }

        if (guidance.CeilingRed < guidance.CeilingAmber)
        {
            throw DomainException.InvalidInput($"The red ceiling ({guidance.CeilingRed}) cannot be below the amber ceiling ({guidance.CeilingAmber}).");
        }
    }

    private OrganisationState Existing() => state.State.Exists ? state.State : throw DomainException.NotFound($"Organisation {GetPrimaryKeyString()}");

    private async Task<OrganisationView> SaveAsync(OrganisationState next)
    {
        ForgetSnapshot();
        state.State = next;
        await state.WriteStateAsync();
        return View(next);
    }

    private OrganisationView View(OrganisationState s) =>
        new(GetPrimaryKeyString(), s.Name, s.StartedOn, s.FundedPosts, s.Localities, s.Guidance, s.PersonIds, s.StaffIds, s.MatchIds);
}
