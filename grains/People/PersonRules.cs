namespace SupportGrains.Grains.People;

/// <summary>What a person taken on must have, checked before anything is written.</summary>
public static class PersonRules
{
    public static PersonState Create(NewPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var relationship in person.Relationships)
        {
            if (relationship.Closeness < 1)
            {
                throw DomainException.InvalidInput($"Closeness of {relationship.Name} must be 1 (closest) or more.");
            }
        }

        return new PersonState
        {
            OrganisationId = person.OrganisationId,
            Name = Require.Text(person.Name, "A person's name"),
            SupportStartedOn = person.SupportStartedOn,
            FundedHoursPerWeek = Require.Hours(person.FundedHoursPerWeek, "Funded hours"),
            SupportRatio = Require.OptionalText(person.SupportRatio),
            Profile = person.Profile,
            Relationships = person.Relationships.IsDefault ? [] : person.Relationships,
            SizeGuidanceOverrideReason = Require.OptionalText(person.SizeGuidanceOverrideReason),
        };
    }
}
