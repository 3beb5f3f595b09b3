using System.Collections.Immutable;

namespace SupportGrains.Grains.Accounts;

/// <summary>What an account's grain keeps. The grain's key is the normalised username.</summary>
[GenerateSerializer]
[Alias("SupportGrains.AccountState")]
public sealed record AccountState
{
    /// <summary>ASP.NET Core Identity's PasswordHasher format (salted PBKDF2); never the password.</summary>
    [Id(0)]
    public string PasswordHash { get; init; } = "";

    [Id(1)]
    public ImmutableArray<AccountRole> Roles { get; init; } = [];

    [Id(2)]
    public string? OrganisationId { get; init; }

    /// <summary>The colleague a staff or team-leader account belongs to.</summary>
    [Id(3)]
    public string? StaffId { get; init; }

    /// <summary>Wrong passwords in a row since the last sign-in (or the end of the last lock).</summary>
    [Id(4)]
    public int FailedAttempts { get; init; }

    [Id(5)]
    public DateTimeOffset? LockedUntil { get; init; }

    [Id(6)]
    public ImmutableArray<AccessToken> Tokens { get; init; } = [];

    /// <summary>Changes whenever the password is set, so a cookie signed in before that stops working.</summary>
    [Id(7)]
    public string SecurityStamp { get; init; } = "";

    [Id(8)]
    public DateTimeOffset CreatedAt { get; init; }

    [Id(9)]
    public DateTimeOffset PasswordSetAt { get; init; }
}
