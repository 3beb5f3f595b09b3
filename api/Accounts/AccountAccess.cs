using System.Collections.Immutable;
using SupportGrains.Api.Access;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Who may manage accounts (DOMAIN.md "Roles"): an admin, any account; a director, the staff and
/// team-leader accounts of their own organisation. Each refusal names what was refused; it comes
/// before anything is written.
/// </summary>
internal static class AccountAccess
{
    private static readonly ImmutableArray<AccountRole> DirectorMayGive = [AccountRole.Staff, AccountRole.TeamLeader];

    public static Actor SignedIn(Actor? actor) =>
        actor ?? throw new DomainException(ErrorCode.Unauthenticated, GraphQLSignInGate.NotSignedIn);

    /// <summary>Whether the actor sees and manages this account.</summary>
    public static bool Manages(Actor actor, AccountView account)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(account);
        return actor.IsAdmin
            || (actor.IsDirector && actor.BelongsTo(account.OrganisationId) && account.Roles.All(DirectorMayGive.Contains));
    }

    public static void MayList(Actor actor, string field)
    {
        if (!actor.IsAdmin && !actor.IsDirector)
        {
            throw Forbidden($"{field} was refused: only an admin, or a director for their own organisation, sees accounts.");
        }
    }

    public static void MayGive(Actor actor, RoleAssignment assignment, string mutation)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        if (actor.IsAdmin)
        {
            return;
        }

        if (!actor.IsDirector)
        {
            throw Forbidden($"{mutation} was refused: only an admin, or a director for their own organisation, manages accounts.");
        }

        if (!actor.BelongsTo(assignment.OrganisationId))
        {
            throw Forbidden($"{mutation} was refused: a director manages accounts of their own organisation ({actor.OrganisationId}) only.");
        }

        var beyond = assignment.Roles.Where(r => !DirectorMayGive.Contains(r)).ToList();
        if (beyond.Count > 0)
        {
            throw Forbidden($"{mutation} was refused: a director gives the roles STAFF and TEAM_LEADER only; {string.Join(" and ", beyond.Select(EnumName))} is given by an admin.");
        }
    }

    public static void MayChange(Actor actor, AccountView account, string mutation)
    {
        if (!Manages(actor, account))
        {
            throw Forbidden(actor.IsDirector
                ? $"{mutation} was refused: account {account.Username} is not a staff or team-leader account of your organisation."
                : $"{mutation} was refused: only an admin, or a director for their own organisation, manages accounts.");
        }
    }

    public static void MayResetPasswords(Actor actor)
    {
        if (!actor.IsAdmin)
        {
            throw Forbidden("resetPassword was refused: only an admin resets passwords.");
        }
    }

    private static string EnumName(AccountRole role) => role == AccountRole.TeamLeader ? "TEAM_LEADER" : role.ToString().ToUpperInvariant();

    private static DomainException Forbidden(string message) => new(ErrorCode.Forbidden, message);
}
