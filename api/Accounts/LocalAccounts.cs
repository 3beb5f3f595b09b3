using System.Collections.Immutable;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;
using SignInResult = SupportGrains.Grains.Accounts.SignInResult;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Local accounts as the app uses them: passwords hashed and checked here with ASP.NET Core
/// Identity's <see cref="PasswordHasher{TUser}"/> (the grains keep only hashes, so they need no
/// ASP.NET, work the same in a silo of their own, and no grain turn waits on PBKDF2), sign-in with
/// lock-out, and bearer tokens whose secrets are made here and stored as hashes.
/// </summary>
public sealed class LocalAccounts(IGrainFactory grains, IPasswordHasher<PasswordOwner> hasher, IOptions<AccountOptions> options, Clock clock)
{
    private readonly RecentTokenChecks _recent = new(options.Value.BearerTokenRecheck, clock);

    // A name with no account is checked against this, so it costs what a real one costs.
    private readonly Lazy<string> _absentHash = new(() => hasher.HashPassword(PasswordOwner.Any, Convert.ToHexString(Guid.NewGuid().ToByteArray())));

    public AccountOptions Options => options.Value;

    /// <summary>Checks a username and password: signs in, refuses, or says the name is locked.</summary>
    public async Task<PasswordSignIn> CheckPasswordAsync(string? username, string? password)
    {
        var name = AccountRules.TryNormaliseUsername(username);
        if (name is null || string.IsNullOrEmpty(password) || password.Length > AccountRules.PasswordMaxLength)
        {
            hasher.VerifyHashedPassword(PasswordOwner.Any, _absentHash.Value, password ?? "");
            return PasswordSignIn.Refused;
        }

        var account = grains.GetGrain<IAccountGrain>(name);
        var challenge = await account.PasswordChallengeAsync();
        if (challenge.LockedUntil is { } lockedUntil)
        {
            return PasswordSignIn.LockedOut(lockedUntil, clock.Now);
        }

        var verified = hasher.VerifyHashedPassword(PasswordOwner.Any, challenge.PasswordHash ?? _absentHash.Value, password);
        var matched = challenge.PasswordHash is not null && verified != PasswordVerificationResult.Failed;
        var rehashed = matched && verified == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(PasswordOwner.Any, password) : null;
        var outcome = await account.RecordPasswordCheckAsync(matched, rehashed, Options.Lockout);
        return outcome switch
        {
            { Result: SignInResult.SignedIn, Account: { } signedIn } => new PasswordSignIn(signedIn, null),
            { Result: SignInResult.LockedOut, LockedUntil: { } until } => PasswordSignIn.LockedOut(until, clock.Now),
            _ => PasswordSignIn.Refused,
        };
    }

    /// <summary>Creates an account with a password that follows the rules (at least 12 characters).</summary>
    public Task<AccountView> CreateAsync(string username, string password, ImmutableArray<AccountRole> roles, string? organisationId, string? staffId, ChangeContext change)
    {
        var hash = hasher.HashPassword(PasswordOwner.Any, AccountRules.CheckPassword(password));
        return grains.GetGrain<IAccountCatalogGrain>(IAccountCatalogGrain.Key)
            .CreateAccountAsync(new NewAccount(username, hash, roles, organisationId, staffId), change);
    }

    public Task<AccountView> SetPasswordAsync(string username, string newPassword, ChangeContext change)
    {
        var hash = hasher.HashPassword(PasswordOwner.Any, AccountRules.CheckPassword(newPassword, "newPassword"));
        return ChangeAsync(username, account => account.SetPasswordAsync(hash, change));
    }

    /// <summary>A token for the account after a password sign-in (POST /api/token).</summary>
    public async Task<IssuedToken> IssueSignInTokenAsync(AccountView account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return await IssueAsync(account.Username, "Signed in through /api/token", AccessTokenKind.SignIn, clock.Now + Options.SignInTokenLifetime, ChangeContext.None);
    }

    /// <summary>Makes a token: the secret is made here and shown once; the account keeps its hash.</summary>
    public async Task<IssuedToken> IssueAsync(string username, string name, AccessTokenKind kind, DateTimeOffset expiresAt, ChangeContext change)
    {
        var secret = AccessTokenSecret.New(AccountRules.NormaliseUsername(username));
        var added = await grains.GetGrain<IAccountGrain>(AccountRules.NormaliseUsername(username))
            .AddTokenAsync(new NewAccessToken(name, kind, AccessTokenSecret.Hash(secret), expiresAt), change);
        return new IssuedToken(added.Token, added.IsNew ? secret : null);
    }

    /// <summary>
    /// The account of a working bearer token of ours; null for anything else. Asked of the account,
    /// or taken from a check of the same token within <see cref="AccountOptions.BearerTokenRecheck"/>
    /// (a revoked token stops at once when revoked through this process: <see cref="ChangeAsync"/>).
    /// </summary>
    public async Task<AccountView?> AuthenticateTokenAsync(string token)
    {
        if (!AccessTokenSecret.TryReadUsername(token, out var username))
        {
            return null;
        }

        var hash = AccessTokenSecret.Hash(token);
        if (_recent.Recent(hash) is { } recent)
        {
            return recent;
        }

        var begun = _recent.Begin(username);
        var account = await grains.GetGrain<IAccountGrain>(username).AuthenticateAsync(hash);
        if (account is not null)
        {
            _recent.Keep(hash, account, begun);
        }

        return account;
    }

    /// <summary>A change to an account (its roles, tokens, lock): made by its grain, after which none of its tokens is taken on an earlier check.</summary>
    public async Task<T> ChangeAsync<T>(string username, Func<IAccountGrain, Task<T>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var name = AccountRules.NormaliseUsername(username);
        try
        {
            return await change(grains.GetGrain<IAccountGrain>(name));
        }
        finally
        {
            _recent.Forget(name);
        }
    }

    public Task<AccountView?> GetAsync(string username) =>
        AccountRules.TryNormaliseUsername(username) is { } name ? grains.GetGrain<IAccountGrain>(name).GetAsync() : Task.FromResult<AccountView?>(null);
}
