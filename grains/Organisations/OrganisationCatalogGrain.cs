using System.Collections.Immutable;
using SupportGrains.Grains.Common;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Organisations;

[GrainType("catalog")]
public sealed class OrganisationCatalogGrain([PersistentState("catalog", StorageNames.Default)] IPersistentState<CatalogState> state) : Grain, IOrganisationCatalogGrain
{
    public async Task AddAsync(string organisationId)
    {
        if (state.State.OrganisationIds.Contains(organisationId))
        {
            return;
        }

        state.State = state.State with { OrganisationIds = state.State.OrganisationIds.Add(organisationId) };
        await state.WriteStateAsync();
    }

    public Task<ImmutableArray<string>> OrganisationIdsAsync() => Task.FromResult(state.State.OrganisationIds);
}

