using SupportGrains.Grains.People;

namespace SupportGrains.Api.Application;

/// <summary>People supported, for the pages and the GraphQL API alike, as the signed-in user may read them.</summary>
public sealed class PeopleService(Access.Access access, IGrainFactory grains)
{
    /// <summary>A person, when there is one and the signed-in user may read their record.</summary>
    public async Task<PersonView?> GetAsync(string personId)
    {
        var person = await grains.GetGrain<IPersonGrain>(personId).GetAsync();
        return person is not null && await access.CanReadPersonAsync(person) ? person : null;
    }
}
