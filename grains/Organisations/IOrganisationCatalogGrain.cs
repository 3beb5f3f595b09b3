using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>The list of organisations (one grain, key <see cref="Key"/>); it starts each new organisation.</summary>
[Alias("SupportGrains.IOrganisationCatalogGrain")]
public interface IOrganisationCatalogGrain : IGrainWithStringKey
{
    public const string Key = "all";

    /// <summary>Starts an organisation: lists its id, then creates it (a listed id with no organisation behind it is skipped).</summary>
    [Alias("CreateOrganisation")]
    Task<OrganisationView> CreateOrganisationAsync(NewOrganisation organisation, ChangeContext change);

    /// <summary>Lists an organisation an import has written (it exists already; nothing is created). Listing it again changes nothing.</summary>
    [Alias("ListImported")]
    Task ListImportedAsync(string organisationId);

    [ReadOnly, Alias("OrganisationIds")]
    Task<ImmutableArray<string>> OrganisationIdsAsync();
}
