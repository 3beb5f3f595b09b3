using SupportGrains.Grains.Common;
using SupportGrains.Grains.Organisations;
using SupportGrains.Silo;

namespace SupportGrains.Grains.People;

[GrainType("person")]
public sealed class PersonGrain([PersistentState("person", StorageNames.Default)] IPersistentState<PersonState> state) : Grain, IPersonGrain
{
    public async Task<PersonView> CreateAsync(NewPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (state.State.Exists)
        {
            throw DomainException.InvalidInput($"Person {GetPrimaryKeyString()} exists already.");
        }

        foreach (var relationship in person.Relationships)
        {
            if (relationship.Closeness < 1)
            {
                throw DomainException.InvalidInput($"Closeness of {relationship.Name} must be 1 (closest) or more.");
            }
        }

        return await SaveAsync(new PersonState
        {
            Exists = true,
            OrganisationId = person.OrganisationId,
            Name = Require.Text(person.Name, "A person's name"),
            SupportStartedOn = person.SupportStartedOn,
            FundedHoursPerWeek = Require.Hours(person.FundedHoursPerWeek, "Funded hours"),
            SupportRatio = person.SupportRatio,
            Profile = person.Profile,
            Relationships = person.Relationships.IsDefault ? [] : person.Relationships,
            SizeGuidanceOverrideReason = string.IsNullOrWhiteSpace(person.SizeGuidanceOverrideReason) ? null : person.SizeGuidanceOverrideReason.Trim(),
        });
    }

    public Task<PersonView?> GetAsync() => Task.FromResult(state.State.Exists ? View(state.State) : null);

    public async Task<PersonView> SetFundedHoursAsync(double hoursPerWeek) =>
        await SaveAsync(Existing() with { FundedHoursPerWeek = Require.Hours(hoursPerWeek, "Funded hours") });

    public async Task<PersonView> EndSupportAsync(DateOnly endedOn)
    {
        var current = Existing();
        if (endedOn < current.SupportStartedOn)
        {
            throw DomainException.InvalidInput($"Support for {current.Name} cannot end before it started ({current.SupportStartedOn:yyyy-MM-dd}).");
        }

        return await SaveAsync(current with { SupportEndedOn = endedOn });
    }

    public async Task<PersonView> RecordKnownByAsync(string staffId, DateOnly lastTogetherOn)
    {
        var current = Existing();
        return await SaveAsync(current with { KnownBy = KnowsLinks.Record(current.KnownBy, staffId, lastTogetherOn) });
    }

    private PersonState Existing() => state.State.Exists ? state.State : throw DomainException.NotFound($"Person {GetPrimaryKeyString()}");

    private async Task<PersonView> SaveAsync(PersonState next)
    {
        state.State = next;
        await state.WriteStateAsync();
        if (next.OrganisationId.Length > 0)
        {
            await OrganisationOf(next).SnapshotChangedAsync();
        }

        return View(next);
    }

    private PersonView View(PersonState s) => new(GetPrimaryKeyString(), s.OrganisationId, s.Name, s.SupportStartedOn, s.SupportEndedOn,
        s.FundedHoursPerWeek, s.SupportRatio, s.Profile, s.Relationships, s.SizeGuidanceOverrideReason, s.KnownBy);

    private IOrganisationGrain OrganisationOf(PersonState s) => GrainFactory.GetGrain<IOrganisationGrain>(s.OrganisationId);
}
