using SupportGrains.Grains.Due;

namespace SupportGrains.Api.Access;

/// <summary>
/// Who may do what (DOMAIN.md "Roles"; issue "Sign-in, roles, organisation isolation"): the one place
/// it is decided. The GraphQL API and the pages both ask it, so a page can never do what the API
/// refuses. Nobody reaches another organisation's records. Decisions are pure: the facts about the
/// actor's reach in their organisation come in as a <see cref="Scope"/>.
/// <list type="table">
/// <item><term>staff</term><description>read their organisation's people and colleagues they work with; change their own availability; record whom they know and time together; read their own record</description></item>
/// <item><term>team leader</term><description>the above, plus matches, reviews, shadow shifts, hours, rota and the one-page profile for the people whose teams they lead</description></item>
/// <item><term>director</term><description>everything in their organisation</description></item>
/// <item><term>admin</term><description>organisations, accounts and roles; no care records unless also a director</description></item>
/// </list>
/// </summary>
public static class AccessPolicy
{
    public static Decision ReadOrganisation(Actor actor, string organisationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.BelongsTo(organisationId) || actor.Is(SupportClaims.AdminRole)
            ? Decision.Allow
            : Decision.Refuse($"Organisation {organisationId} is not yours to read.");
    }

    /// <summary>Care records of an organisation (its people, staff, teams and matches) as a whole: its directors.</summary>
    public static Decision ReadWholeOrganisation(Actor actor, string organisationId) =>
        Director(actor, organisationId, $"the whole of organisation {organisationId} (its people, staff and teams)");

    public static Decision ReadPerson(Actor actor, string organisationId, string personId, Scope scope) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || scope.People.Contains(personId))
            ? Decision.Allow
            : Decision.Refuse($"Person {personId} is not someone you support or know: their record is not yours to read.");

    public static Decision ReadStaff(Actor actor, string organisationId, string staffId, Scope scope) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || actor.StaffId == staffId || scope.Staff.Contains(staffId))
            ? Decision.Allow
            : Decision.Refuse($"Staff member {staffId} is not a colleague you work with: their record is not yours to read.");

    /// <summary>A person's relationship circle: the person's team leaders and directors.</summary>
    public static Decision ReadCircle(Actor actor, string organisationId, string personId, Scope scope) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || Leads(actor, scope, personId))
            ? Decision.Allow
            : Decision.Refuse($"The relationship circle of person {personId} is for their team leaders and directors.");

    /// <summary>A colleague's personal matters (sickness notes, contact details, what is due to them): the colleague, their team leaders and directors.</summary>
    public static Decision ReadPersonalMatters(Actor actor, string organisationId, string staffId, Scope scope) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || actor.StaffId == staffId || (actor.Is(SupportClaims.TeamLeaderRole) && scope.LedStaff.Contains(staffId)))
            ? Decision.Allow
            : Decision.Refuse($"The sickness notes, contact details and due items of staff member {staffId} are for them, their team leaders and directors.");

    /// <summary>The size check, growth plans, workforce figures and candidates: directors.</summary>
    public static Decision ReadOrganisationFigures(Actor actor, string organisationId, string what) => Director(actor, organisationId, what);

    /// <summary>Who knows everyone, the knows gaps and what is due across the organisation: directors and team leaders.</summary>
    public static Decision ReadLeadership(Actor actor, string organisationId, string what) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || actor.Is(SupportClaims.TeamLeaderRole))
            ? Decision.Allow
            : Decision.Refuse($"{Capital(what)} of organisation {organisationId} is for its team leaders and directors.");

    public static Decision ReadAudit(Actor actor, string organisationId) => Director(actor, organisationId, "the audit trail");

    /// <summary>The organisation itself: its people and colleagues joining and leaving, funded hours, size guidance, settings, team leaders.</summary>
    public static Decision ManageOrganisation(Actor actor, string organisationId, string what) => Director(actor, organisationId, what);

    /// <summary>The team around a person: matches, reviews, shadow shifts, hours, rota, and the one-page profile and circle.</summary>
    public static Decision ManageTeam(Actor actor, string organisationId, string personId, Scope scope, string what) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || Leads(actor, scope, personId))
            ? Decision.Allow
            : Decision.Refuse($"{Capital(what)} for person {personId} is for the leaders of their team and directors.");

    /// <summary>A colleague's availability: themselves, the leaders of a team they are in, directors.</summary>
    public static Decision ChangeAvailability(Actor actor, string organisationId, string staffId, Scope scope) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || actor.StaffId == staffId || (actor.Is(SupportClaims.TeamLeaderRole) && scope.LedStaff.Contains(staffId)))
            ? Decision.Allow
            : Decision.Refuse($"Only staff member {staffId} themselves, their team leaders or a director may change their availability.");

    /// <summary>Whom a colleague knows and when they last spent time together: the colleague, or a director.</summary>
    public static Decision RecordKnows(Actor actor, string organisationId, string staffId) =>
        Member(actor, organisationId) && (actor.IsDirectorOf(organisationId) || actor.StaffId == staffId)
            ? Decision.Allow
            : Decision.Refuse($"Only staff member {staffId} themselves or a director may record whom they know.");

    /// <summary>Something a colleague does for themselves (a shift swap they propose or accept, an item due to them done).</summary>
    public static Decision ActAsSelf(Actor actor, string organisationId, string staffId, string what) =>
        Member(actor, organisationId) && (actor.StaffId == staffId || actor.IsDirectorOf(organisationId))
            ? Decision.Allow
            : Decision.Refuse($"{Capital(what)} is for staff member {staffId} themselves.");

    /// <summary>
    /// Marking an item of what is due done, as the colleague who saw to it (<paramref name="staffId"/>):
    /// an item due to themselves, or, as a team leader, one about a team they lead or a colleague in
    /// it; a director, any item of their organisation, for any colleague. A null item is one not read
    /// (another organisation's).
    /// </summary>
    public static Decision MarkDueDone(Actor actor, string organisationId, string dueId, string staffId, DueItem? item, Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Member(actor, organisationId) && item is not null && (actor.IsDirectorOf(organisationId) || (actor.StaffId == staffId
            && (item.StaffId == staffId || (item.PersonId is { } person && Leads(actor, scope, person)) || (actor.Is(SupportClaims.TeamLeaderRole) && item.StaffId is { } colleague && scope.LedStaff.Contains(colleague)))))
            ? Decision.Allow
            : Decision.Refuse($"Marking {dueId} done is for the colleague it is due to, the leaders of the team it is about, and directors, each as themselves.");
    }

    /// <summary>
    /// An organisation's export document holds all of its care records and its audit trail, so it is
    /// for its directors (an admin who is not one of them reads no care records, so exports none).
    /// </summary>
    public static Decision ExportOrganisation(Actor actor, string organisationId) =>
        Director(actor, organisationId, "exporting the whole");

    /// <summary>Importing an organisation brings a new organisation and its accounts into this instance: what admins do.</summary>
    public static Decision ImportOrganisation(Actor actor) => Administer(actor, "importing an organisation");

    public static Decision Administer(Actor actor, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Is(SupportClaims.AdminRole) ? Decision.Allow : Decision.Refuse($"{Capital(what)} is for admins.");
    }

    private static Decision Director(Actor actor, string organisationId, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsDirectorOf(organisationId) ? Decision.Allow : Decision.Refuse($"{Capital(what)} of organisation {organisationId} is for its directors.");
    }

    private static bool Member(Actor actor, string organisationId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.BelongsTo(organisationId);
    }

    private static bool Leads(Actor actor, Scope scope, string personId) => actor.Is(SupportClaims.TeamLeaderRole) && scope.LedPeople.Contains(personId);

    private static string Capital(string what) => what.Length == 0 ? what : char.ToUpperInvariant(what[0]) + what[1..];
}
