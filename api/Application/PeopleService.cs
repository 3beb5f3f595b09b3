using System.Collections.Immutable;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Api.Application;

/// <summary>
/// People supported, for the pages and the GraphQL API alike, as the signed-in user may read them:
/// the person, their team today, their relationship circle and what is due for them (each only for
/// those the access policy allows), and the changes leaders make to the one-page profile and the circle.
/// </summary>
public sealed class PeopleService(Access.Access access, IGrainFactory grains, Clock clock)
{
    /// <summary>How far ahead "what is due" looks for a person.</summary>
    public const int DueWithinDays = 28;

    // What a refusal of a change to the circle names (the words the API has always used).
    private const string ChangingTheCircle = "changing the relationship circle";

    /// <summary>A person, when there is one and the signed-in user may read their record.</summary>
    public async Task<PersonView?> GetAsync(string personId)
    {
        var person = await grains.GetGrain<IPersonGrain>(personId).GetAsync();
        return person is not null && await access.CanReadPersonAsync(person) ? person : null;
    }

    /// <summary>The people of the signed-in user's organisation supported today that they may read, by name (none for an account of no organisation).</summary>
    public async Task<ImmutableArray<PersonView>> ListAsync()
    {
        if (access.Actor.OrganisationId is not { } organisationId || await grains.GetGrain<IOrganisationGrain>(organisationId).GetAsync() is not { } organisation)
        {
            return [];
        }

        var views = await grains.GetGrain<IOrganisationGrain>(organisationId).ViewsAsync(organisation.PersonIds, []);
        var today = clock.Today;
        var readable = new List<PersonView>();
        foreach (var person in views.People.Where(p => p.IsCurrentOn(today)))
        {
            if (await access.CanReadPersonAsync(person))
            {
                readable.Add(person);
            }
        }

        return [.. readable.OrderBy(p => p.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The people whose teams the signed-in user leads, of those they may read (a director leads none as such).</summary>
    public async Task<ImmutableArray<PersonView>> LedAsync()
    {
        var led = await access.LedPeopleAsync();
        return [.. (await ListAsync()).Where(p => led.Contains(p.Id))];
    }

    /// <summary>The team around a person today: members, stages, hours, funded and covered hours.</summary>
    public async Task<TeamView?> TeamAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return await grains.GetGrain<IOrganisationGrain>(person.OrganisationId).TeamAsync(person.Id, clock.Today);
    }

    /// <summary>The relationship circle, for the person's team leaders and directors; null for anyone else (the policy decides, not the page).</summary>
    public async Task<ImmutableArray<Relationship>?> CircleAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return await access.CanReadCircleAsync(person) ? person.Relationships : null;
    }

    /// <summary>Whether the signed-in user may change the person's team, profile and circle (for a page to offer the controls).</summary>
    public Task<bool> CanManageAsync(PersonView person) => access.CanManageTeamAsync(person);

    /// <summary>What is due for the person within <see cref="DueWithinDays"/> days (or already), for team leaders and directors; null for anyone else.</summary>
    public async Task<ImmutableArray<DueItem>?> DueAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (!Access.AccessPolicy.ReadLeadership(access.Actor, person.OrganisationId, "what is due").Allowed)
        {
            return null;
        }

        var due = await grains.GetGrain<IDueGrain>(person.OrganisationId).DueAsync(DueWithinDays, clock.Today, null);
        return [.. due.Where(d => d.PersonId == person.Id)];
    }

    /// <summary>Replaces one section of the one-page profile: the leaders of the person's team, or a director.</summary>
    public async Task<PersonView> SetProfileSectionAsync(string personId, ProfileSection section, ImmutableArray<string> items, ChangeContext change)
    {
        await access.RequireManageTeamAsync(personId, "editing the one-page profile");
        return await grains.GetGrain<IPersonGrain>(personId).SetProfileSectionAsync(section, items, change);
    }

    /// <summary>Adds someone to the relationship circle: the leaders of the person's team, or a director.</summary>
    public async Task<PersonView> AddRelationshipAsync(string personId, Relationship relationship, ChangeContext change)
    {
        await access.RequireManageTeamAsync(personId, ChangingTheCircle);
        return await grains.GetGrain<IPersonGrain>(personId).AddRelationshipAsync(relationship, change);
    }

    /// <summary>Changes someone in the circle (what is null stays as it is): their name, the kind of relationship, or their ring; the same people as <see cref="AddRelationshipAsync"/>.</summary>
    public async Task<PersonView> ChangeRelationshipAsync(string personId, string relationshipId, string? name, RelationshipKind? kind, int? closeness, ChangeContext change)
    {
        await access.RequireManageTeamAsync(personId, ChangingTheCircle);
        return await grains.GetGrain<IPersonGrain>(personId).ChangeRelationshipAsync(relationshipId, name, kind, closeness, change);
    }

    /// <summary>Takes someone out of the circle (the history keeps who they were); the same people as <see cref="AddRelationshipAsync"/>.</summary>
    public async Task<PersonView> RemoveRelationshipAsync(string personId, string relationshipId, string? reason, ChangeContext change)
    {
        await access.RequireManageTeamAsync(personId, ChangingTheCircle);
        return await grains.GetGrain<IPersonGrain>(personId).RemoveRelationshipAsync(relationshipId, reason, change);
    }
}
