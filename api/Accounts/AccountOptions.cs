using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Accounts;

/// <summary>Settings of local accounts (configuration section <c>Accounts</c>).</summary>
public sealed class AccountOptions
{
    /// <summary>Wrong passwords in a row that lock an account.</summary>
    public int MaxFailedAttempts { get; set; } = LockoutPolicy.Default.MaxFailedAttempts;

    /// <summary>How long a lock lasts.</summary>
    public TimeSpan LockFor { get; set; } = LockoutPolicy.Default.LockFor;

    /// <summary>How long a token from POST /api/token works.</summary>
    public TimeSpan SignInTokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// How long a bearer token found good is taken without asking its account again. A change made
    /// through this process stops its tokens at once; one made elsewhere in a cluster, or an expiry,
    /// within this time. Zero asks at every request.
    /// </summary>
    public TimeSpan BearerTokenRecheck { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a page sign-in lasts without use (renewed while used).</summary>
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>An admin account made at start-up when there is none of this name (so a store without the sample has someone to create accounts).</summary>
    public string? InitialAdminUsername { get; set; }

    public string? InitialAdminPassword { get; set; }

    public LockoutPolicy Lockout => new(Math.Max(1, MaxFailedAttempts), LockFor);
}
