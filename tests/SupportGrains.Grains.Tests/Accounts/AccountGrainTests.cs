using SupportGrains.Grains.Accounts;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Accounts;

/// <summary>Accounts through the grains: created by the catalog, locked by wrong passwords in the store, found by a token's hash.</summary>
public abstract class AccountGrainTests(ClusterFixture cluster)
{
    private static readonly LockoutPolicy Policy = new(2, TimeSpan.FromMinutes(5));

    private IAccountCatalogGrain Catalog => cluster.Grains.GetGrain<IAccountCatalogGrain>(IAccountCatalogGrain.Key);

    [Fact]
    public async Task The_catalog_creates_an_account_under_its_normalised_name_and_lists_it_once()
    {
        var name = "Jo-" + Guid.NewGuid().ToString("N")[..8];

        var created = await Catalog.CreateAccountAsync(new NewAccount(name, "hash", [AccountRole.Admin], null, null), new ChangeContext("create-" + name));
        var retried = await Catalog.CreateAccountAsync(new NewAccount(name, "hash", [AccountRole.Admin], null, null), new ChangeContext("create-" + name));
        var again = await Assert.ThrowsAsync<DomainException>(() => Catalog.CreateAccountAsync(new NewAccount(name, "other", [AccountRole.Admin], null, null), ChangeContext.None));

        Assert.Equal(name.ToLowerInvariant(), created.Username);
        Assert.Equal(created.CreatedAt, retried.CreatedAt);
        Assert.Contains("exists already", again.Message);
        Assert.Single((await Catalog.UsernamesAsync()).Where(u => u == name.ToLowerInvariant()));
    }

    [Fact]
    public async Task An_account_belongs_only_to_a_colleague_of_its_own_organisation()
    {
        var ours = await TestOrganisation.CreateAsync(cluster, cluster.Today.AddYears(-1));
        var theirs = await TestOrganisation.CreateAsync(cluster, cluster.Today.AddYears(-1));
        var colleague = await theirs.StaffAsync("Alex", cluster.Today.AddYears(-1));

        var wrong = await Assert.ThrowsAsync<DomainException>(() => Catalog.CreateAccountAsync(new NewAccount(Name(), "hash", [AccountRole.Staff], ours.Id, colleague.Id), ChangeContext.None));
        var missing = await Assert.ThrowsAsync<DomainException>(() => Catalog.CreateAccountAsync(new NewAccount(Name(), "hash", [AccountRole.Director], "org-missing", null), ChangeContext.None));
        var right = await Catalog.CreateAccountAsync(new NewAccount(Name(), "hash", [AccountRole.Staff], theirs.Id, colleague.Id), ChangeContext.None);

        Assert.Equal(ErrorCode.InvalidInput, wrong.Code);
        Assert.Equal(ErrorCode.NotFound, missing.Code);
        Assert.Equal(colleague.Id, right.StaffId);
    }

    [Fact]
    public async Task Wrong_passwords_lock_the_account_against_the_right_one_until_the_lock_ends()
    {
        var account = await NewAccountAsync();

        var first = await account.RecordPasswordCheckAsync(false, null, Policy);
        var second = await account.RecordPasswordCheckAsync(false, null, Policy);
        var right = await account.RecordPasswordCheckAsync(true, null, Policy);
        var challenge = await account.PasswordChallengeAsync();
        cluster.Time.Advance(TimeSpan.FromMinutes(5));
        var later = await account.RecordPasswordCheckAsync(true, "rehashed", Policy);

        Assert.Equal(SignInResult.Refused, first.Result);
        Assert.Equal(SignInResult.LockedOut, second.Result);
        Assert.Equal(SignInResult.LockedOut, right.Result);
        Assert.NotNull(challenge.LockedUntil);
        Assert.Equal(SignInResult.SignedIn, later.Result);
        Assert.Equal(0, later.Account!.FailedAttempts);
        Assert.Equal("rehashed", (await account.PasswordChallengeAsync()).PasswordHash);
    }

    [Fact]
    public async Task A_name_with_no_account_locks_in_memory_and_writes_nothing()
    {
        var nobody = cluster.Grains.GetGrain<IAccountGrain>(Name());

        await nobody.RecordPasswordCheckAsync(false, null, Policy);
        var locked = await nobody.RecordPasswordCheckAsync(true, null, Policy);

        Assert.Equal(SignInResult.LockedOut, locked.Result);
        Assert.NotNull((await nobody.PasswordChallengeAsync()).LockedUntil);
        Assert.Null((await nobody.PasswordChallengeAsync()).PasswordHash);
        Assert.Null(await nobody.GetAsync());
    }

    [Fact]
    public async Task A_token_is_found_by_its_hash_until_it_is_revoked()
    {
        var account = await NewAccountAsync();

        var added = await account.AddTokenAsync(new NewAccessToken("Export", AccessTokenKind.Personal, "hash-1", cluster.Time.GetUtcNow().AddDays(1)), new ChangeContext("token-1"));
        var retried = await account.AddTokenAsync(new NewAccessToken("Export", AccessTokenKind.Personal, "hash-2", cluster.Time.GetUtcNow().AddDays(1)), new ChangeContext("token-1"));
        var found = await account.AuthenticateAsync("hash-1");
        var retriedHash = await account.AuthenticateAsync("hash-2");
        await account.RevokeTokenAsync(added.Token.Id, ChangeContext.None);
        var afterRevoking = await account.AuthenticateAsync("hash-1");

        Assert.True(added.IsNew);
        Assert.False(retried.IsNew);
        Assert.Equal(added.Token, retried.Token);
        Assert.NotNull(found);
        Assert.Null(retriedHash);
        Assert.Null(afterRevoking);
    }

    private static string Name() => "acc-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<IAccountGrain> NewAccountAsync()
    {
        var view = await Catalog.CreateAccountAsync(new NewAccount(Name(), "hash", [AccountRole.Admin], null, null), ChangeContext.None);
        return cluster.Grains.GetGrain<IAccountGrain>(view.Username);
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteAccountGrainTests(SqliteClusterFixture cluster) : AccountGrainTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresAccountGrainTests(PostgresClusterFixture cluster) : AccountGrainTests(cluster);
