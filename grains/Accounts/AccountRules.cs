using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace SupportGrains.Grains.Accounts;

/// <summary>
/// The rules of accounts: usernames and passwords, which roles need an organisation or a colleague,
/// lock-out after wrong passwords, and access tokens. Pure: the grain applies them.
/// </summary>
public static class AccountRules
{
    public const int UsernameMinLength = 3;
    public const int UsernameMaxLength = 64;
    public const int PasswordMinLength = 12;

    /// <summary>Long enough for any passphrase; bounded so hashing a huge body costs nothing.</summary>
    public const int PasswordMaxLength = 256;

    public const int LongestPersonalTokenDays = 366;

    /// <summary>A holder revokes one before making more.</summary>
    public const int ActivePersonalTokensAtMost = 50;

    /// <summary>Signing in again and again keeps only the newest sign-in tokens working.</summary>
    public const int ActiveSignInTokensKept = 20;

    /// <summary>Revoked and expired tokens stay listed for a while, then are forgotten.</summary>
    public const int EndedTokensKept = 50;

    public static readonly TimeSpan EndedTokensKeptFor = TimeSpan.FromDays(30);

    /// <summary>The username as the account's key: trimmed and in lower case; refused when it is not a username.</summary>
    public static string NormaliseUsername(string? username) =>
        TryNormaliseUsername(username) ?? throw DomainException.InvalidInput(
            $"username must be {UsernameMinLength} to {UsernameMaxLength} letters, digits, '.', '-' or '_', starting with a letter or digit.");

    /// <summary>The normalised username, or null when it cannot be one (a sign-in with it simply fails).</summary>
    public static string? TryNormaliseUsername(string? username)
    {
        var name = username?.Trim().ToLowerInvariant();
        if (name is null || name.Length < UsernameMinLength || name.Length > UsernameMaxLength || !char.IsAsciiLetterOrDigit(name[0]))
        {
            return null;
        }

        return name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_') ? name : null;
    }

    /// <summary>A new password: at least 12 characters (a passphrase is easier to remember than symbols), at most 256.</summary>
    public static string CheckPassword(string? password, string field = "password")
    {
        if (string.IsNullOrEmpty(password) || password.Length < PasswordMinLength)
        {
            throw DomainException.InvalidInput($"{field} must be at least {PasswordMinLength} characters (a few words make a good one).");
        }

        if (password.Length > PasswordMaxLength)
        {
            throw DomainException.InvalidInput($"{field} must be at most {PasswordMaxLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(password))
        {
            throw DomainException.InvalidInput($"{field} must not be only spaces.");
        }

        return password;
    }

    /// <summary>
    /// Roles and where they apply: at least one role; staff and team-leader accounts belong to a
    /// colleague of their organisation; a director belongs to an organisation; an admin may belong to none.
    /// </summary>
    public static RoleAssignment Assignment(RoleAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var roles = assignment.Roles.IsDefaultOrEmpty ? [] : assignment.Roles.Distinct().Order().ToImmutableArray();
        if (roles.IsEmpty)
        {
            throw DomainException.InvalidInput("roles must name at least one role.");
        }

        var organisationId = string.IsNullOrWhiteSpace(assignment.OrganisationId) ? null : assignment.OrganisationId.Trim();
        var staffId = string.IsNullOrWhiteSpace(assignment.StaffId) ? null : assignment.StaffId.Trim();
        if (organisationId is null && roles.Any(r => r != AccountRole.Admin))
        {
            throw DomainException.InvalidInput($"organisationId is missing: a {Describe(roles.First(r => r != AccountRole.Admin))} account belongs to an organisation.");
        }

        var linked = roles.Where(r => r is AccountRole.Staff or AccountRole.TeamLeader).Select(r => (AccountRole?)r).FirstOrDefault();
        if (staffId is null && linked is { } role)
        {
            throw DomainException.InvalidInput($"staffId is missing: a {Describe(role)} account belongs to a colleague of the organisation.");
        }

        if (staffId is not null && organisationId is null)
        {
            throw DomainException.InvalidInput("organisationId is missing: the colleague of staffId belongs to an organisation.");
        }

        return new RoleAssignment(roles, organisationId, staffId);
    }

    public static AccountState Create(NewAccount account, string securityStamp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (string.IsNullOrEmpty(account.PasswordHash))
        {
            throw DomainException.InvalidInput("The account has no password hash.");
        }

        var assignment = Assignment(new RoleAssignment(account.Roles, account.OrganisationId, account.StaffId));
        return new AccountState
        {
            PasswordHash = account.PasswordHash,
            Roles = assignment.Roles,
            OrganisationId = assignment.OrganisationId,
            StaffId = assignment.StaffId,
            SecurityStamp = securityStamp,
            CreatedAt = now,
            PasswordSetAt = now,
        };
    }

    public static AccountState Assign(AccountState account, RoleAssignment assignment)
    {
        ArgumentNullException.ThrowIfNull(account);
        var checkedAssignment = Assignment(assignment);
        return account with { Roles = checkedAssignment.Roles, OrganisationId = checkedAssignment.OrganisationId, StaffId = checkedAssignment.StaffId };
    }

    public static bool IsLocked(DateTimeOffset? lockedUntil, DateTimeOffset now) => lockedUntil > now;

    /// <summary>
    /// A wrong password: one more failure in a row; the one that reaches the policy's limit locks the
    /// account. A lock that has ended starts a new count.
    /// </summary>
    public static (int FailedAttempts, DateTimeOffset? LockedUntil) Failed(int failedAttempts, DateTimeOffset? lockedUntil, LockoutPolicy policy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (IsLocked(lockedUntil, now))
        {
            return (failedAttempts, lockedUntil);
        }

        var failures = (lockedUntil is null ? failedAttempts : 0) + 1;
        return failures >= policy.MaxFailedAttempts ? (failures, now + policy.LockFor) : (failures, null);
    }

    /// <summary>The right password: the count of failures starts again; a rehashed password (a stronger hash) replaces the old.</summary>
    public static AccountState SignedIn(AccountState account, string? rehashed)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account with { FailedAttempts = 0, LockedUntil = null, PasswordHash = string.IsNullOrEmpty(rehashed) ? account.PasswordHash : rehashed };
    }

    /// <summary>
    /// A new password (set by an admin): the account is unlocked, every cookie signed in before
    /// stops working (new stamp), and every token is revoked, since a reset often follows a leak.
    /// </summary>
    public static AccountState SetPassword(AccountState account, string passwordHash, string securityStamp, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (string.IsNullOrEmpty(passwordHash))
        {
            throw DomainException.InvalidInput("The new password has no hash.");
        }

        return account with
        {
            PasswordHash = passwordHash,
            SecurityStamp = securityStamp,
            PasswordSetAt = now,
            FailedAttempts = 0,
            LockedUntil = null,
            Tokens = [.. account.Tokens.Select(t => t.IsActiveAt(now) ? t with { RevokedAt = now } : t)],
        };
    }

    public static AccountState Unlock(AccountState account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account with { FailedAttempts = 0, LockedUntil = null };
    }

    /// <summary>
    /// Adds a token. A personal token works for 1 to 366 days and a holder has at most 50 working
    /// at once; of sign-in tokens only the newest 20 keep working; ended ones are forgotten after 30 days.
    /// </summary>
    public static AccountState AddToken(AccountState account, string id, NewAccessToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(token);
        var name = Require.Name(token.Name, "name");
        if (token.ExpiresAt <= now)
        {
            throw DomainException.InvalidInput("The token would have expired already: give it a later expiry.");
        }

        if (token.Kind == AccessTokenKind.Personal)
        {
            if (token.ExpiresAt > now.AddDays(LongestPersonalTokenDays))
            {
                throw DomainException.InvalidInput($"expiresInDays must be at most {LongestPersonalTokenDays}: a personal access token works for a year at most.");
            }

            if (account.Tokens.Count(t => t.Kind == AccessTokenKind.Personal && t.IsActiveAt(now)) >= ActivePersonalTokensAtMost)
            {
                throw DomainException.InvalidInput($"This account has {ActivePersonalTokensAtMost} personal access tokens working already: revoke one first.");
            }
        }

        var added = account.Tokens.Add(new AccessToken(id, name, token.Kind, token.SecretHash, now, token.ExpiresAt, null));
        return account with { Tokens = Prune(added, now) };
    }

    public static AccountState RevokeToken(AccountState account, string id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        var token = account.Tokens.FirstOrDefault(t => t.Id == id) ?? throw DomainException.NotFound($"Access token {id}");
        return token.RevokedAt is not null
            ? account
            : account with { Tokens = account.Tokens.Replace(token, token with { RevokedAt = now }) };
    }

    /// <summary>The working token whose secret has this SHA-256 hash (compared in constant time), if any.</summary>
    public static AccessToken? Authenticate(AccountState account, string secretHash, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(account);
        var given = Encoding.ASCII.GetBytes(secretHash ?? "");
        AccessToken? found = null;
        foreach (var token in account.Tokens)
        {
            if (CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(token.SecretHash)) && token.IsActiveAt(now))
            {
                found = token;
            }
        }

        return found;
    }

    /// <summary>
    /// DOMAIN.md "Roles": the account that creates an organisation becomes its first director. An
    /// account belongs to one organisation, so an admin setting up a second one moves to it: the
    /// colleague and the staff and team-leader roles of the first stay behind.
    /// </summary>
    public static AccountState BecomeDirector(AccountState account, string organisationId)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        if (account.OrganisationId == organisationId)
        {
            return account.Roles.Contains(AccountRole.Director) ? account : account with { Roles = [.. account.Roles.Add(AccountRole.Director).Order()] };
        }

        var roles = account.Roles.Contains(AccountRole.Admin) ? [AccountRole.Director, AccountRole.Admin] : ImmutableArray.Create(AccountRole.Director);
        return account with { OrganisationId = organisationId, StaffId = null, Roles = roles };
    }

    public static string Describe(AccountRole role) => role switch
    {
        AccountRole.Staff => "staff",
        AccountRole.TeamLeader => "team leader",
        AccountRole.Director => "director",
        _ => "admin",
    };

    private static ImmutableArray<AccessToken> Prune(ImmutableArray<AccessToken> tokens, DateTimeOffset now)
    {
        var keptSignIns = tokens.Where(t => t.Kind == AccessTokenKind.SignIn && t.IsActiveAt(now))
            .OrderByDescending(t => t.CreatedAt).Take(ActiveSignInTokensKept).Select(t => t.Id).ToHashSet();
        var keptEnded = tokens.Where(t => !t.IsActiveAt(now) && (t.RevokedAt ?? t.ExpiresAt) > now - EndedTokensKeptFor)
            .OrderByDescending(t => t.RevokedAt ?? t.ExpiresAt).Take(EndedTokensKept).Select(t => t.Id).ToHashSet();
        return [.. tokens.Where(t => t.IsActiveAt(now) ? t.Kind == AccessTokenKind.Personal || keptSignIns.Contains(t.Id) : keptEnded.Contains(t.Id))];
    }
}
