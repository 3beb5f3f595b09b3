namespace SupportGrains.Api.Tests.Faults;

/// <summary>The store-fault runs: each has its own app process (and PostgreSQL server), so they run beside the other tests but not beside each other.</summary>
[CollectionDefinition(Name)]
public sealed class StoreFaults
{
    public const string Name = "Store faults";
}
