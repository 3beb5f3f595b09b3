namespace SupportGrains.Api.Tests.Access;

/// <summary>Who asks, as the table of roles sees them, from the point of view of one person's team in organisation A.</summary>
public enum Role
{
    /// <summary>A support worker in the person's team (STAFF).</summary>
    StaffInTheTeam,

    /// <summary>A team leader who leads the person's team (TEAM_LEADER).</summary>
    LeaderOfTheTeam,

    /// <summary>A team leader of the same organisation who leads another person's team (TEAM_LEADER).</summary>
    LeaderOfAnotherTeam,

    /// <summary>A director of the organisation (DIRECTOR).</summary>
    Director,

    /// <summary>A director of another organisation, B (DIRECTOR).</summary>
    DirectorElsewhere,

    /// <summary>An admin of no organisation, not a director (ADMIN).</summary>
    Admin,

    /// <summary>A request with no account at all.</summary>
    Unsigned,
}
