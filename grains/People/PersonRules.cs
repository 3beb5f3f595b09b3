using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>
/// The decisions about a person: what taking them on needs, funded hours (staff-hours a week, at
/// most 168 × the support ratio), and changes to their profile and circle, each kept in history.
/// </summary>
public static class PersonRules
{
    public const int MostStaffAtOnce = 4;

    public static PersonState Create(NewPerson person, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ratio = Ratio(person.SupportRatio);
        var relationships = person.Relationships.IsDefault ? [] : person.Relationships;
        for (var i = 0; i < relationships.Length; i++)
        {
            relationships = relationships.SetItem(i, Checked(relationships[i], $"relationships[{i}]") with { Id = $"r{i + 1}" });
        }

        var started = Require.Day(person.SupportStartedOn, "supportStartedOn");
        return new PersonState
        {
            OrganisationId = person.OrganisationId,
            Name = Require.Name(person.Name, "name"),
            SupportStartedOn = started,
            FundedHours = [new FundedHoursChange(started, Funded(person.FundedHoursPerWeek, ratio), ratio, at)],
            SupportRatioNote = Require.OptionalText(person.SupportRatioNote, "supportRatioNote"),
            Profile = new OnePageProfile
            {
                Appreciation = Require.Texts(person.Profile.Appreciation, "profile.appreciation"),
                ImportantToMe = Require.Texts(person.Profile.ImportantToMe, "profile.importantToMe"),
                HowToSupportMe = Require.Texts(person.Profile.HowToSupportMe, "profile.howToSupportMe"),
                Interests = Require.Texts(person.Profile.Interests, "profile.interests"),
            },
            Relationships = relationships,
            RelationshipsAdded = relationships.Length,
            SizeGuidanceOverrideReason = Require.OptionalText(person.SizeGuidanceOverrideReason, "overrideReason"),
        };
    }

    /// <summary>New funded hours (and, if given, ratio) from a day (today when none is given); the earlier figures stay in the history.</summary>
    public static PersonState SetFundedHours(PersonState person, double hoursPerWeek, int? supportRatio, DateOnly from, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var ratio = supportRatio is { } given ? Ratio(given) : FundedOn(person.FundedHours, from).SupportRatio;
        Require.Day(from, "from");
        if (from < person.SupportStartedOn)
        {
            throw DomainException.InvalidInput($"from {from:yyyy-MM-dd} is before {person.Name}'s support started ({person.SupportStartedOn:yyyy-MM-dd}).");
        }

        return person with { FundedHours = person.FundedHours.Add(new FundedHoursChange(from, Funded(hoursPerWeek, ratio), ratio, at)) };
    }

    public static PersonState EndSupport(PersonState person, DateOnly endedOn)
    {
        ArgumentNullException.ThrowIfNull(person);
        Require.Day(endedOn, "endedOn");
        return endedOn < person.SupportStartedOn
            ? throw DomainException.InvalidInput($"Support for {person.Name} cannot end before it started ({person.SupportStartedOn:yyyy-MM-dd}).")
            : person with { SupportEndedOn = endedOn };
    }

    public static PersonState SetProfileSection(PersonState person, ProfileSection section, ImmutableArray<string> items, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var field = "items";
        var profile = person.Profile;
        var next = Require.Texts(items, field);
        profile = section switch
        {
            ProfileSection.Appreciation => profile with { Appreciation = next },
            ProfileSection.ImportantToMe => profile with { ImportantToMe = next },
            ProfileSection.HowToSupportMe => profile with { HowToSupportMe = next },
            _ => profile with { Interests = next },
        };
        return Changed(person with { Profile = profile }, at, SectionName(section), next.IsEmpty ? "Cleared." : $"Now: {string.Join("; ", next)}.");
    }

    public static PersonState AddRelationship(PersonState person, Relationship relationship, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var added = Checked(relationship, "relationship") with { Id = $"r{person.RelationshipsAdded + 1}" };
        return Changed(person with { Relationships = person.Relationships.Add(added), RelationshipsAdded = person.RelationshipsAdded + 1 }, at,
            "Relationship circle", $"Added {added.Name} ({Kind(added.Kind)}, ring {added.Closeness}).");
    }

    public static PersonState ChangeRelationship(PersonState person, string relationshipId, string? name, RelationshipKind? kind, int? closeness, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var before = Find(person, relationshipId);
        var after = Checked(before with { Name = name ?? before.Name, Kind = kind ?? before.Kind, Closeness = closeness ?? before.Closeness }, "relationship");
        var what = new List<string>();
        if (after.Name != before.Name)
        {
            what.Add($"renamed {before.Name} to {after.Name}");
        }

        if (after.Kind != before.Kind)
        {
            what.Add($"{after.Name} is now {Kind(after.Kind)} (was {Kind(before.Kind)})");
        }

        if (after.Closeness != before.Closeness)
        {
            what.Add($"moved {after.Name} from ring {before.Closeness} to ring {after.Closeness}");
        }

        if (what.Count == 0)
        {
            return person;
        }

        var description = string.Join("; ", what);
        return Changed(person with { Relationships = person.Relationships.Replace(before, after) }, at, "Relationship circle", char.ToUpperInvariant(description[0]) + description[1..] + ".");
    }

    public static PersonState RemoveRelationship(PersonState person, string relationshipId, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(person);
        var removed = Find(person, relationshipId);
        var why = Require.OptionalText(reason, "reason");
        return Changed(person with { Relationships = person.Relationships.Remove(removed) }, at, "Relationship circle",
            $"Removed {removed.Name} ({Kind(removed.Kind)}, ring {removed.Closeness})" + (why is null ? "." : $": {why}"));
    }

    /// <summary>The change in force on a day: the latest one from on or before it, or the first when the day is earlier than all.</summary>
    public static FundedHoursChange FundedOn(ImmutableArray<FundedHoursChange> history, DateOnly day)
    {
        FundedHoursChange? found = null;
        foreach (var change in history)
        {
            if (change.From <= day && (found is null || change.From >= found.From))
            {
                found = change;
            }
        }

        return found ?? history[0];
    }

    private static PersonState Changed(PersonState person, DateTimeOffset at, string section, string description) =>
        person with { History = person.History.Add(new PersonChange(at, section, description)) };

    private static Relationship Find(PersonState person, string relationshipId) =>
        person.Relationships.FirstOrDefault(r => r.Id == relationshipId)
        ?? throw DomainException.NotFound($"Relationship {relationshipId} in {person.Name}'s circle");

    private static Relationship Checked(Relationship relationship, string field)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (relationship.Closeness is < 1 or > Relationship.OuterRing)
        {
            throw DomainException.InvalidInput($"{field}.closeness of {relationship.Name} must be from 1 (closest) to {Relationship.OuterRing}, not {relationship.Closeness}.");
        }

        return relationship with { Name = Require.Name(relationship.Name, $"{field}.name") };
    }

    private static int Ratio(int ratio) => ratio is < 1 or > MostStaffAtOnce
        ? throw DomainException.InvalidInput($"supportRatio must be from 1 (1:1) to {MostStaffAtOnce} ({MostStaffAtOnce}:1), not {ratio}.")
        : ratio;

    private static double Funded(double hoursPerWeek, int ratio) =>
        Require.Hours(hoursPerWeek, ratio == 1 ? "fundedHoursPerWeek" : $"fundedHoursPerWeek (at {ratio}:1 support)", 168 * ratio);

    private static string SectionName(ProfileSection section) => section switch
    {
        ProfileSection.Appreciation => "What people like and admire about me",
        ProfileSection.ImportantToMe => "What is important to me",
        ProfileSection.HowToSupportMe => "How best to support me",
        _ => "Interests",
    };

    private static string Kind(RelationshipKind kind) => kind switch
    {
        RelationshipKind.PaidSupport => "paid support",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
