using System.Collections.Immutable;
using System.Security.Claims;

namespace SupportGrains.Api.Access;

/// <summary>
/// The claims every signed-in request carries, whichever way it signed in (cookie, bearer token,
/// OpenID Connect or JWT): the account, its username, one role claim per role, and the
/// organisation and colleague the account belongs to (each absent when there is none).
/// </summary>
public static class SupportClaims
{
    /// <summary>The account's id: the normalised username of a local account, <c>external:</c> and the subject for one from an identity provider.</summary>
    public const string AccountId = ClaimTypes.NameIdentifier;

    public const string Username = ClaimTypes.Name;

    /// <summary>One claim per role, with the values <see cref="StaffRole"/>, <see cref="TeamLeaderRole"/>, <see cref="DirectorRole"/>, <see cref="AdminRole"/>.</summary>
    public const string Role = ClaimTypes.Role;

    /// <summary>The id of the account's organisation; absent for an admin of no organisation.</summary>
    public const string Organisation = "sg:organisation";

    /// <summary>The id of the colleague (staff member) the account belongs to; absent when none.</summary>
    public const string Staff = "sg:staff";

    public const string StaffRole = "staff";
    public const string TeamLeaderRole = "teamleader";
    public const string DirectorRole = "director";
    public const string AdminRole = "admin";

    public static ImmutableArray<string> Roles { get; } = [StaffRole, TeamLeaderRole, DirectorRole, AdminRole];
}
