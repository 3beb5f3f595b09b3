using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

public sealed class OrganisationCatalogGrain([PersistentState(StorageNames.Catalog, StorageNames.Default)] IPersistentState<Stored<CatalogState>> state)
    : DomainGrain<CatalogState>(state), IOrganisationCatalogGrain
{
    protected override string Described => "The list of organisations";

    public async Task<OrganisationView> CreateOrganisationAsync(NewOrganisation organisation, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        OrganisationRules.Create(organisation);
        var id = Ids.Choose(organisation.Id, "org", IOrganisationCatalogGrain.Key, change);
        var catalog = Current ?? new CatalogState();
        if (!catalog.OrganisationIds.Contains(id))
        {
            await SaveAsync(catalog with { OrganisationIds = catalog.OrganisationIds.Add(id) }, ChangeContext.None);
        }

        return await GrainFactory.GetGrain<IOrganisationGrain>(id).CreateAsync(organisation, change);
    }

    public async Task ListImportedAsync(string organisationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(organisationId);
        var catalog = Current ?? new CatalogState();
        if (!catalog.OrganisationIds.Contains(organisationId))
        {
            await SaveAsync(catalog with { OrganisationIds = catalog.OrganisationIds.Add(organisationId) }, ChangeContext.None);
        }
    }

    public Task<ImmutableArray<string>> OrganisationIdsAsync() => Task.FromResult(Current?.OrganisationIds ?? []);
}
