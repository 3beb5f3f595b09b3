using System.Collections.Immutable;

namespace SupportGrains.Grains.Accounts;

/// <summary>The list of local accounts (one grain, key <see cref="Key"/>), for admins; it creates each new account.</summary>
[Alias("SupportGrains.IAccountCatalogGrain")]
public interface IAccountCatalogGrain : IGrainWithStringKey
{
    public const string Key = "all";

    /// <summary>Creates an account: lists its username, then creates it (a listed name with no account behind it is skipped).</summary>
    [Alias("CreateAccount")]
    Task<AccountView> CreateAccountAsync(NewAccount account, ChangeContext change);

    /// <summary>Lists accounts an import has written (they exist already; nothing is created). Listing one again changes nothing.</summary>
    [Alias("ListImported")]
    Task ListImportedAsync(ImmutableArray<string> usernames);

    /// <summary>The normalised usernames of every account, in the order they were created.</summary>
    [ReadOnly, Alias("Usernames")]
    Task<ImmutableArray<string>> UsernamesAsync();
}
