using System.Collections.Immutable;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Accounts;

public sealed class AccountGrain([PersistentState(StorageNames.Account, StorageNames.Default)] IPersistentState<Stored<AccountState>> state)
    : DomainGrain<AccountState>(state), IAccountGrain
{
    // Wrong passwords for a name with no account: kept in memory only (never written), so probing
    // names cannot fill the store, yet such a name locks like a real one and tells nothing.
    private int _unknownFailures;
    private DateTimeOffset? _unknownLockedUntil;

    protected override string Described => $"Account {Key}";

    public async Task<AccountView> CreateAsync(NewAccount account, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (Current is { } existing)
        {
            return Applied(change) is not null ? View(existing) : throw DomainException.InvalidInput($"An account named {Key} exists already.");
        }

        var created = AccountRules.Create(account, NewStamp(), Clock.Now);
        await CheckBelongingAsync(created.OrganisationId, created.StaffId);
        await SaveAsync(created, change, Key);
        return View(created);
    }

    public Task<AccountView?> GetAsync() => Task.FromResult(Current is { } current ? View(current) : null);

    public Task<PasswordChallenge> PasswordChallengeAsync()
    {
        var now = Clock.Now;
        return Task.FromResult(Current is { } account
            ? new PasswordChallenge(account.PasswordHash, AccountRules.IsLocked(account.LockedUntil, now) ? account.LockedUntil : null)
            : new PasswordChallenge(null, AccountRules.IsLocked(_unknownLockedUntil, now) ? _unknownLockedUntil : null));
    }

    public async Task<SignInOutcome> RecordPasswordCheckAsync(bool passwordMatched, string? rehashed, LockoutPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var now = Clock.Now;
        if (Current is not { } account)
        {
            (_unknownFailures, _unknownLockedUntil) = AccountRules.Failed(_unknownFailures, _unknownLockedUntil, policy, now);
            return Refused(_unknownLockedUntil, now);
        }

        if (AccountRules.IsLocked(account.LockedUntil, now))
        {
            return new SignInOutcome(SignInResult.LockedOut, null, account.LockedUntil);
        }

        if (passwordMatched)
        {
            var signedIn = AccountRules.SignedIn(account, rehashed);
            if (signedIn != account)
            {
                await SaveAsync(signedIn, ChangeContext.None);
            }

            return new SignInOutcome(SignInResult.SignedIn, View(signedIn), null);
        }

        var (failures, lockedUntil) = AccountRules.Failed(account.FailedAttempts, account.LockedUntil, policy, now);
        await SaveAsync(account with { FailedAttempts = failures, LockedUntil = lockedUntil }, ChangeContext.None);
        return Refused(lockedUntil, now);
    }

    public async Task<AccountView> SetPasswordAsync(string passwordHash, ChangeContext change) =>
        View(await ChangeAsync(change, current => AccountRules.SetPassword(current, passwordHash, NewStamp(), Clock.Now)));

    public async Task<AccountView> AssignAsync(RoleAssignment assignment, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var checkedAssignment = AccountRules.Assignment(assignment);
        _ = Existing;
        await CheckBelongingAsync(checkedAssignment.OrganisationId, checkedAssignment.StaffId);
        return View(await ChangeAsync(change, current => AccountRules.Assign(current, checkedAssignment)));
    }

    public async Task<AccountView> UnlockAsync(ChangeContext change) => View(await ChangeAsync(change, AccountRules.Unlock));

    public async Task<AccountView> BecomeDirectorAsync(string organisationId, ChangeContext change) =>
        View(await ChangeAsync(change, current => AccountRules.BecomeDirector(current, organisationId)));

    public async Task<AddedToken> AddTokenAsync(NewAccessToken token, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(token);
        var account = Existing;
        if (Applied(change) is { ResultId: { } earlier } && account.Tokens.FirstOrDefault(t => t.Id == earlier) is { } made)
        {
            return new AddedToken(made.View(), false);
        }

        var id = Ids.Choose(null, "tok", Key, change);
        var next = AccountRules.AddToken(account, id, token, Clock.Now);
        await SaveAsync(next, change, id);
        return new AddedToken(next.Tokens.First(t => t.Id == id).View(), true);
    }

    public async Task<AccessTokenView> RevokeTokenAsync(string tokenId, ChangeContext change)
    {
        var revoked = await ChangeAsync(change, current => AccountRules.RevokeToken(current, tokenId, Clock.Now));
        return (revoked.Tokens.FirstOrDefault(t => t.Id == tokenId) ?? throw DomainException.NotFound($"Access token {tokenId}")).View();
    }

    public Task<AccountView?> AuthenticateAsync(string secretHash) =>
        Task.FromResult(Current is { } account && AccountRules.Authenticate(account, secretHash, Clock.Now) is not null ? View(account) : null);

    protected override string AuditOrganisation(AccountState state) => state.OrganisationId ?? "";

    protected override (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(AccountState? before, AccountState after) =>
        ([], [.. new[] { before?.StaffId, after.StaffId }.OfType<string>().Distinct()]);

    // The entry keeps what the account may do and its tokens as anyone may see them: never the password's hash, the security stamp or a token's hash.
    protected override (object? Before, object? After) AuditValues(AccountState? before, AccountState after) =>
        (before is null ? null : Audited(before), Audited(after));

    private static object Audited(AccountState a) => new
    {
        a.Roles,
        a.OrganisationId,
        a.StaffId,
        a.FailedAttempts,
        a.LockedUntil,
        a.PasswordSetAt,
        Tokens = a.Tokens.Select(t => t.View()).ToList(),
    };

    private static SignInOutcome Refused(DateTimeOffset? lockedUntil, DateTimeOffset now) =>
        AccountRules.IsLocked(lockedUntil, now)
            ? new SignInOutcome(SignInResult.LockedOut, null, lockedUntil)
            : new SignInOutcome(SignInResult.Refused, null, null);

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    private async Task CheckBelongingAsync(string? organisationId, string? staffId)
    {
        if (organisationId is not null && await GrainFactory.GetGrain<IOrganisationGrain>(organisationId).GetAsync() is null)
        {
            throw DomainException.NotFound($"Organisation {organisationId}");
        }

        if (staffId is not null)
        {
            var staff = await GrainFactory.GetGrain<IStaffMemberGrain>(staffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}");
            if (staff.OrganisationId != organisationId)
            {
                throw DomainException.InvalidInput($"Staff member {staffId} is not a colleague of organisation {organisationId}.");
            }
        }
    }

    private AccountView View(AccountState a) => new(Key, a.Roles, a.OrganisationId, a.StaffId, a.CreatedAt, a.PasswordSetAt,
        a.FailedAttempts, a.LockedUntil, a.SecurityStamp, [.. a.Tokens.Select(t => t.View())]);
}
