using System.Collections.Immutable;

namespace SupportGrains.Grains.Accounts;

public sealed class AccountCatalogGrain([PersistentState(StorageNames.AccountCatalog, StorageNames.Default)] IPersistentState<Stored<AccountCatalogState>> state)
    : DomainGrain<AccountCatalogState>(state), IAccountCatalogGrain
{
    protected override string Described => "The list of accounts";

    public async Task<AccountView> CreateAccountAsync(NewAccount account, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(account);
        var username = AccountRules.NormaliseUsername(account.Username);
        AccountRules.Assignment(new RoleAssignment(account.Roles, account.OrganisationId, account.StaffId));
        var catalog = Current ?? new AccountCatalogState();
        if (!catalog.Usernames.Contains(username))
        {
            await SaveAsync(catalog with { Usernames = catalog.Usernames.Add(username) }, ChangeContext.None);
        }

        return await GrainFactory.GetGrain<IAccountGrain>(username).CreateAsync(account with { Username = username }, change);
    }

    public async Task ListImportedAsync(ImmutableArray<string> usernames)
    {
        var catalog = Current ?? new AccountCatalogState();
        var missing = usernames.Where(u => !catalog.Usernames.Contains(u)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            await SaveAsync(catalog with { Usernames = catalog.Usernames.AddRange(missing) }, ChangeContext.None);
        }
    }

    public Task<ImmutableArray<string>> UsernamesAsync() => Task.FromResult(Current?.Usernames ?? []);
}
