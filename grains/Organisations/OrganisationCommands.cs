using SupportGrains.Silo;

namespace SupportGrains.Grains.Organisations;

/// <summary>Starting an organisation: its grain, and its place in the catalog.</summary>
public static class OrganisationCommands
{
    public static async Task<OrganisationView> CreateAsync(IGrainFactory grains, NewOrganisation organisation, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var view = await grains.GetGrain<IOrganisationGrain>(id ?? Common.Ids.New("org")).CreateAsync(organisation);
        await grains.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).AddAsync(view.Id);
        return view;
    }

    /// <summary>The organisation, or NOT_FOUND.</summary>
    public static async Task<OrganisationView> RequireAsync(IGrainFactory grains, string organisationId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return await grains.GetGrain<IOrganisationGrain>(organisationId).GetAsync()
            ?? throw Common.DomainException.NotFound($"Organisation {organisationId}");
    }
}
