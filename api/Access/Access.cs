using System.Collections.Immutable;
using System.Text.Json;
using SupportGrains.Grains.Audit;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;

namespace SupportGrains.Api.Access;

/// <summary>
/// The access policy applied to one request (or one page's circuit): who is asking, what they reach
/// (worked out once, when first needed), refusals as FORBIDDEN errors that name what was refused,
/// the audit context each change carries, and refused attempts recorded in the audit trail. The
/// GraphQL resolvers and the pages both go through it.
/// </summary>
public sealed class Access(CurrentActor current, IGrainFactory grains, Clock clock)
{
    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerDefaults.Web);
    private static readonly string[] Secrets = ["password", "newPassword", "token", "secret", "accessToken"];
    private Task<Scope>? _scope;

    /// <summary>The signed-in user, or UNAUTHENTICATED.</summary>
    public Actor Actor => current.Actor ?? throw new DomainException(ErrorCode.Unauthenticated, "Sign in first: this needs a signed-in user.");

    public bool SignedIn => current.Actor is not null;

    /// <summary>What the actor reaches in their organisation today (nothing for an account that is not a colleague).</summary>
    public Task<Scope> ScopeAsync() => _scope ??= GatherScopeAsync(Actor);

    /// <summary>
    /// For a page's circuit, which lives for hours where a request lasts a moment: what the actor
    /// reaches is worked out again at the next decision (a page does this before each load).
    /// </summary>
    public void Renew() => _scope = null;

    /// <summary>Goes on when allowed; otherwise FORBIDDEN, naming what was refused.</summary>
    public static void Require(Decision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (!decision.Allowed)
        {
            throw new DomainException(ErrorCode.Forbidden, decision.Reason ?? "This is not allowed.");
        }
    }

    public async Task<bool> CanReadPersonAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var actor = Actor;
        return actor.IsDirectorOf(person.OrganisationId) || (actor.BelongsTo(person.OrganisationId) && AccessPolicy.ReadPerson(actor, person.OrganisationId, person.Id, await ScopeAsync()).Allowed);
    }

    public async Task<bool> CanReadStaffAsync(StaffView staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var actor = Actor;
        return actor.IsDirectorOf(staff.OrganisationId) || (actor.BelongsTo(staff.OrganisationId) && AccessPolicy.ReadStaff(actor, staff.OrganisationId, staff.Id, await ScopeAsync()).Allowed);
    }

    public async Task<bool> CanReadPersonalMattersAsync(StaffView staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        var actor = Actor;
        return actor.IsDirectorOf(staff.OrganisationId) || actor.StaffId == staff.Id
            || (actor.BelongsTo(staff.OrganisationId) && AccessPolicy.ReadPersonalMatters(actor, staff.OrganisationId, staff.Id, await ScopeAsync()).Allowed);
    }

    public async Task RequireReadCircleAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var actor = Actor;
        if (!actor.IsDirectorOf(person.OrganisationId))
        {
            Require(AccessPolicy.ReadCircle(actor, person.OrganisationId, person.Id, await ScopeAsync()));
        }
    }

    /// <summary>Whether the signed-in user may read a person's relationship circle (and their team's sickness notes): the person's team leaders and directors.</summary>
    public async Task<bool> CanReadCircleAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var actor = Actor;
        return actor.IsDirectorOf(person.OrganisationId) || AccessPolicy.ReadCircle(actor, person.OrganisationId, person.Id, await ScopeAsync()).Allowed;
    }

    /// <summary>Whether the signed-in user may manage the team around a person (as <see cref="RequireManageTeamAsync"/> decides), for a page to offer the controls or not.</summary>
    public async Task<bool> CanManageTeamAsync(PersonView person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var actor = Actor;
        return actor.IsDirectorOf(person.OrganisationId) || AccessPolicy.ManageTeam(actor, person.OrganisationId, person.Id, await ScopeAsync(), "managing the team").Allowed;
    }

    /// <summary>The people whose teams the signed-in user leads (none for an account that is not a team leader's).</summary>
    public async Task<ImmutableHashSet<string>> LedPeopleAsync() => Actor.Is(SupportClaims.TeamLeaderRole) ? (await ScopeAsync()).LedPeople : [];

    /// <summary>The team around a person (matches, reviews, hours, rota, profile): its leaders and directors. Answers the person (NOT_FOUND when there is none).</summary>
    public async Task<PersonView> RequireManageTeamAsync(string personId, string what)
    {
        var person = await grains.GetGrain<IPersonGrain>(personId).GetAsync() ?? throw DomainException.NotFound($"Person {personId}");
        var actor = Actor;
        if (!actor.IsDirectorOf(person.OrganisationId))
        {
            Require(AccessPolicy.ManageTeam(actor, person.OrganisationId, personId, await ScopeAsync(), what));
        }

        return person;
    }

    public void RequireManageOrganisation(string organisationId, string what) => Require(AccessPolicy.ManageOrganisation(Actor, organisationId, what));

    /// <summary>Changes to a person that only the organisation's directors make (funded hours, the end of support).</summary>
    public async Task<PersonView> RequireManagePersonAsync(string personId, string what)
    {
        var person = await grains.GetGrain<IPersonGrain>(personId).GetAsync() ?? throw DomainException.NotFound($"Person {personId}");
        RequireManageOrganisation(person.OrganisationId, what);
        return person;
    }

    /// <summary>Changes to a colleague that only directors make (leaving, starting employment).</summary>
    public async Task<StaffView> RequireManageStaffAsync(string staffId, string what)
    {
        var staff = await grains.GetGrain<IStaffMemberGrain>(staffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}");
        RequireManageOrganisation(staff.OrganisationId, what);
        return staff;
    }

    public async Task<StaffView> RequireChangeAvailabilityAsync(string staffId)
    {
        var staff = await grains.GetGrain<IStaffMemberGrain>(staffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}");
        var actor = Actor;
        if (!actor.IsDirectorOf(staff.OrganisationId) && actor.StaffId != staffId)
        {
            Require(AccessPolicy.ChangeAvailability(actor, staff.OrganisationId, staffId, await ScopeAsync()));
        }

        Require(AccessPolicy.ReadOrganisation(actor, staff.OrganisationId) is { Allowed: true } && actor.BelongsTo(staff.OrganisationId)
            ? Decision.Allow
            : Decision.Refuse($"Staff member {staffId} is in another organisation."));
        return staff;
    }

    public async Task<StaffView> RequireRecordKnowsAsync(string staffId)
    {
        var staff = await grains.GetGrain<IStaffMemberGrain>(staffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}");
        Require(AccessPolicy.RecordKnows(Actor, staff.OrganisationId, staffId));
        return staff;
    }

    /// <summary>
    /// Something a colleague does for themselves in the rota of the team around a person: both the
    /// colleague and the rota must be of the actor's organisation, so nothing of another
    /// organisation's rota is read or answered.
    /// </summary>
    public async Task<StaffView> RequireActAsSelfAsync(string staffId, string personId, string what)
    {
        var staff = await grains.GetGrain<IStaffMemberGrain>(staffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}");
        Require(AccessPolicy.ActAsSelf(Actor, staff.OrganisationId, staffId, what));
        var person = await grains.GetGrain<IPersonGrain>(personId).GetAsync() ?? throw DomainException.NotFound($"Person {personId}");
        Require(AccessPolicy.ActAsSelf(Actor, person.OrganisationId, staffId, what));
        return staff;
    }

    /// <summary>Marking an item recorded as due done; another organisation's items are refused before anything of them is read.</summary>
    public async Task RequireMarkDueDoneAsync(string organisationId, string dueId, string staffId)
    {
        var actor = Actor;
        DueItem? item = null;
        if (actor.BelongsTo(organisationId))
        {
            var recorded = await grains.GetGrain<IDueGrain>(organisationId).RecordedAsync();
            item = recorded.FirstOrDefault(r => r.Item.Key == dueId)?.Item ?? throw DomainException.NotFound($"Due item {dueId} recorded in organisation {organisationId}");
        }

        Require(AccessPolicy.MarkDueDone(actor, organisationId, dueId, staffId, item, actor.IsDirectorOf(organisationId) || item is null ? Scope.Nothing : await ScopeAsync()));
    }

    /// <summary>The context a change carries: its key, who asked, the operation and its input (secrets left out), for the audit trail.</summary>
    public ChangeContext Change(string operation, string? clientMutationId, IReadOnlyDictionary<string, object?> input)
    {
        var actor = current.Actor;
        return new ChangeContext(clientMutationId)
        {
            Author = actor is null ? null : new AuditAuthor(actor.AccountId, actor.Username, actor.RoleList),
            Operation = operation,
            Input = JsonSerializer.Serialize(Redacted(input), InputJson),
        };
    }

    /// <summary>Records a refused attempt in the trail of the organisation it was about (or the actor's own); it changes nothing else.</summary>
    public async Task RecordRefusalAsync(ChangeContext change, string? organisationId, DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(refusal);
        var organisation = organisationId ?? current.Actor?.OrganisationId;
        if (organisation is null || change.Operation is null)
        {
            return;
        }

        var entry = new AuditEntry($"{clock.Now.ToUnixTimeMilliseconds():D13}-{Guid.NewGuid():N}", clock.Now, organisation, change.Author, change.Operation, change.Input,
            "", [], current.Actor?.StaffId is { } staff ? [staff] : [], null, null, AuditOutcome.Refused, $"{refusal.Code}: {refusal.Message}");
        await grains.GetGrain<IAuditTrailGrain>(organisation).RecordRefusalAsync(entry);
    }

    private async Task<Scope> GatherScopeAsync(Actor actor)
    {
        if (actor.StaffId is not { } staffId || actor.OrganisationId is not { } organisationId)
        {
            return Scope.Nothing;
        }

        var connections = await grains.GetGrain<IOrganisationGrain>(organisationId).ConnectionsOfAsync(staffId, clock.Today);
        var led = actor.Is(SupportClaims.TeamLeaderRole) ? connections.LeadsPersonIds : [];
        var ledTeams = await Task.WhenAll(led.Select(id => grains.GetGrain<ITeamGrain>(id).GetAsync()));
        var ledStaff = ledTeams.SelectMany(t => t.Matches.Select(m => m.StaffId).Concat(t.LeaderStaffIds)).ToImmutableHashSet();
        return new Scope(
            [.. connections.TeamPersonIds, .. connections.KnowsPersonIds, .. led],
            [staffId, .. connections.KnowsStaffIds, .. connections.TeammateIds, .. ledStaff],
            [.. led],
            ledStaff);
    }

    private static object? Redacted(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> fields => fields.ToDictionary(f => f.Key, f => Secrets.Contains(f.Key, StringComparer.OrdinalIgnoreCase) ? "[left out]" : Redacted(f.Value)),
        string text => text,
        IEnumerable<object?> items => items.Select(Redacted).ToList(),
        DateOnly day => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}
