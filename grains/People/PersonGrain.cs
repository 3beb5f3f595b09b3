using System.Collections.Immutable;

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

        var created = PersonRules.Create(person, Clock.Now);
        await SaveAsync(created, change, Key);
        return View(created);
    }

    public Task<PersonView?> GetAsync() => Task.FromResult(Current is { } current ? View(current) : null);

    public async Task<PersonView> SetFundedHoursAsync(double hoursPerWeek, int? supportRatio, DateOnly? from, ChangeContext change) =>
        View(await ChangeAsync(change, current => PersonRules.SetFundedHours(current, hoursPerWeek, supportRatio, from ?? Clock.Today, Clock.Now)));

    public async Task<PersonView> EndSupportAsync(DateOnly endedOn, ChangeContext change) =>
        View(await ChangeAsync(change, current => PersonRules.EndSupport(current, endedOn)));

    public async Task<PersonView> SetProfileSectionAsync(ProfileSection section, ImmutableArray<string> items, ChangeContext change) =>
        View(await ChangeAsync(change, current => PersonRules.SetProfileSection(current, section, items, Clock.Now)));

    public async Task<PersonView> AddRelationshipAsync(Relationship relationship, ChangeContext change) =>
        View(await ChangeAsync(change, current => PersonRules.AddRelationship(current, relationship, Clock.Now)));

    public async Task<PersonView> ChangeRelationshipAsync(string relationshipId, string? name, RelationshipKind? kind, int? closeness, ChangeContext change) =>
        View(await ChangeAsync(change, current => PersonRules.ChangeRelationship(current, relationshipId, name, kind, closeness, Clock.Now)));

    public async Task<PersonView> RemoveRelationshipAsync(string relationshipId, string? reason, ChangeContext change) =>
        View(await ChangeAsync(change, current => PersonRules.RemoveRelationship(current, relationshipId, reason, Clock.Now)));

    protected override Task ChangedAsync(PersonState saved) => TellOrganisationAsync(saved.OrganisationId);

    protected override string AuditOrganisation(PersonState state) => state.OrganisationId;

    protected override (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(PersonState? before, PersonState after) => ([Key], []);

    // The history is kept in the person's state already; the entry keeps the person as they stand.
    protected override (object? Before, object? After) AuditValues(PersonState? before, PersonState after) =>
        (before is null ? null : before with { History = [] }, after with { History = [] });

    private PersonView View(PersonState s)
    {
        var funded = PersonRules.FundedOn(s.FundedHours, Clock.Today);
        return new PersonView(Key, s.OrganisationId, s.Name, s.SupportStartedOn, s.SupportEndedOn, funded.HoursPerWeek, funded.SupportRatio,
            s.Profile, s.Relationships, s.SizeGuidanceOverrideReason)
        {
            SupportRatioNote = s.SupportRatioNote,
            FundedHoursHistory = s.FundedHours,
            History = s.History,
        };
    }
}
