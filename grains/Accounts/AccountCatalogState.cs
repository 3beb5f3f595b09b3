using System.Collections.Immutable;

namespace SupportGrains.Grains.Accounts;

/// <summary>What the account catalog keeps.</summary>
[GenerateSerializer]
[Alias("SupportGrains.AccountCatalogState")]
public sealed record AccountCatalogState
{
    [Id(0)]
    public ImmutableArray<string> Usernames { get; init; } = [];
}
