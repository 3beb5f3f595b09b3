namespace SupportGrains.Grains.Accounts;

/// <summary>
/// A local account, keyed by its normalised username: its password hash, roles, organisation and
/// colleague, lock-out after wrong passwords, and its access tokens. The grain never sees a
/// password or a token's secret: callers hash them and hand over the hashes.
/// </summary>
[Alias("SupportGrains.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account (the catalog calls this): refuses if it exists, or if its organisation or colleague does not.</summary>
    [Alias("Create")]
    Task<AccountView> CreateAsync(NewAccount account, ChangeContext change);

    /// <summary>The account, or null when there is none with this username.</summary>
    [ReadOnly, Alias("Get")]
    Task<AccountView?> GetAsync();

    /// <summary>The hash a password is checked against (none when there is no such account), and whether the name is locked.</summary>
    [ReadOnly, Alias("PasswordChallenge")]
    Task<PasswordChallenge> PasswordChallengeAsync();

    /// <summary>
    /// Records how the password check went: the right one signs in unless the account is locked; a
    /// wrong one counts towards the lock (names with no account are counted too, in memory, so a
    /// lock never tells whether an account exists).
    /// </summary>
    [Alias("RecordPasswordCheck")]
    Task<SignInOutcome> RecordPasswordCheckAsync(bool passwordMatched, string? rehashed, LockoutPolicy policy);

    /// <summary>Sets a new password hash: unlocks, signs out every cookie and revokes every token.</summary>
    [Alias("SetPassword")]
    Task<AccountView> SetPasswordAsync(string passwordHash, ChangeContext change);

    /// <summary>Replaces the roles, organisation and colleague of the account.</summary>
    [Alias("Assign")]
    Task<AccountView> AssignAsync(RoleAssignment assignment, ChangeContext change);

    /// <summary>Ends a lock and the count of wrong passwords.</summary>
    [Alias("Unlock")]
    Task<AccountView> UnlockAsync(ChangeContext change);

    /// <summary>The account created an organisation and becomes its first director.</summary>
    [Alias("BecomeDirector")]
    Task<AccountView> BecomeDirectorAsync(string organisationId, ChangeContext change);

    /// <summary>Adds an access token whose secret has the given SHA-256 hash.</summary>
    [Alias("AddToken")]
    Task<AddedToken> AddTokenAsync(NewAccessToken token, ChangeContext change);

    /// <summary>Revokes a token: it stops working at once; it stays listed as revoked.</summary>
    [Alias("RevokeToken")]
    Task<AccessTokenView> RevokeTokenAsync(string tokenId, ChangeContext change);

    /// <summary>The account when a working token (not revoked, not expired) has a secret with this SHA-256 hash; otherwise null.</summary>
    [ReadOnly, Alias("Authenticate")]
    Task<AccountView?> AuthenticateAsync(string secretHash);
}
