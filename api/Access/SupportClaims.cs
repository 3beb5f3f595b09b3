namespace SupportGrains.Api.Access;

/// <summary>The claims a signed-in user carries, whatever signed them in (a password, a token, OpenID Connect), and the roles.</summary>
public static class SupportClaims
{
    public const string Organisation = "sg:organisation";
    public const string Staff = "sg:staff";

    public const string StaffRole = "staff";
    public const string TeamLeaderRole = "teamleader";
    public const string DirectorRole = "director";
    public const string AdminRole = "admin";
}
