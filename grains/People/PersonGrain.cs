namespace SupportGrains.Grains.People;

public sealed class PersonGrain([PersistentState(StorageNames.Person, StorageNames.Default)] IPersistentState<Stored<PersonState>> state)
    : DomainGrain<PersonState>(state), IPersonGrain
{
    protected override string Described => $"Person {Key}";

    public async Task<PersonView> CreateAsync(NewPerson person, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (Current is { } existing)
        {
            return Applied(change) is not null ? View(existing) : throw DomainException.InvalidInput($"Person {Key} exists already.");
        }

        var created = PersonRules.Create(person);
        await SaveAsync(created, change, Key);
        return View(created);
    }

    public Task<PersonView?> GetAsync() => Task.FromResult(Current is { } current ? View(current) : null);

    public async Task<PersonView> SetFundedHoursAsync(double hoursPerWeek, ChangeContext change) =>
        View(await ChangeAsync(change, current => current with { FundedHoursPerWeek = Require.Hours(hoursPerWeek, "Funded hours") }));

    public async Task<PersonView> EndSupportAsync(DateOnly endedOn, ChangeContext change) =>
        View(await ChangeAsync(change, current => endedOn < current.SupportStartedOn
            ? throw DomainException.InvalidInput($"Support for {current.Name} cannot end before it started ({current.SupportStartedOn:yyyy-MM-dd}).")
            : current with { SupportEndedOn = endedOn }));

    protected override Task ChangedAsync(PersonState saved) => TellOrganisationAsync(saved.OrganisationId);

    private PersonView View(PersonState s) => new(Key, s.OrganisationId, s.Name, s.SupportStartedOn, s.SupportEndedOn,
        s.FundedHoursPerWeek, s.SupportRatio, s.Profile, s.Relationships, s.SizeGuidanceOverrideReason);
}
