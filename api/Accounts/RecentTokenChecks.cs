using System.Collections.Concurrent;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Bearer tokens found good a moment ago (<c>Accounts:BearerTokenRecheck</c>, 2 seconds by
/// default), so a program sending many requests a second is not asked of its account grain at each
/// one (measured: 10–15% of the API's CPU per request, README "Benchmarks"). A change to an account
/// made in this process — a token revoked, a new password, new roles, an unlock — forgets its
/// tokens at once; a change made by another process of a cluster, or a token reaching its expiry,
/// takes effect within the recheck time. Zero asks the account at every request.
/// </summary>
internal sealed class RecentTokenChecks(TimeSpan recheck, Clock clock)
{
    // Beyond this many tokens the programs are too many to remember: start again.
    private const int MostKept = 10_000;

    private readonly ConcurrentDictionary<string, Check> _checks = new(StringComparer.Ordinal);

    // Changes per account: a check that began before a change is not kept after it.
    private readonly ConcurrentDictionary<string, long> _changes = new(StringComparer.Ordinal);

    public bool Enabled => recheck > TimeSpan.Zero;

    /// <summary>The account a token was found to belong to within the recheck time; null when not checked lately.</summary>
    public AccountView? Recent(string secretHash) =>
        Enabled && _checks.TryGetValue(secretHash, out var check) && check.Until > clock.Now && check.Change == ChangesOf(check.Account.Username)
            ? check.Account
            : null;

    /// <summary>What to hand back to <see cref="Keep"/>: the account's changes when the check began.</summary>
    public long Begin(string username) => ChangesOf(username);

    /// <summary>Keeps a good check, unless the account changed while it was made.</summary>
    public void Keep(string secretHash, AccountView account, long begun)
    {
        if (!Enabled || ChangesOf(account.Username) != begun)
        {
            return;
        }

        if (_checks.Count >= MostKept)
        {
            _checks.Clear();
        }

        _checks[secretHash] = new Check(account, begun, clock.Now + recheck);
    }

    /// <summary>The account changed: none of its tokens is taken on an earlier check.</summary>
    public void Forget(string username) => _changes.AddOrUpdate(username, 1, (_, n) => n + 1);

    private long ChangesOf(string username) => _changes.GetValueOrDefault(username);

    private sealed record Check(AccountView Account, long Change, DateTimeOffset Until);
}
