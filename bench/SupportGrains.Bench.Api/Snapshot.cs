using System.Text.Json;
using System.Text.Json.Serialization;
using SupportGrains.Grains.Organisations;
using SupportGrains.Silo;

namespace SupportGrains.Bench.Api;

/// <summary>Writes an organisation's live state (people, staff, matches) as JSON for the graphql-js peer to hold in memory.</summary>
internal static class Snapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
    };

    public static async Task<(string Path, OrganisationSnapshot Snapshot)> WriteAsync(IGrainFactory grains, string organisationId, string folder)
    {
        var snapshot = await grains.GetGrain<IOrganisationGrain>(organisationId).SnapshotAsync();
        var path = System.IO.Path.Combine(folder, organisationId + ".json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(new
        {
            snapshot.Organisation,
            People = snapshot.People,
            Staff = snapshot.Staff,
            Matches = snapshot.Matches,
        }, Options));
        return (path, snapshot);
    }
}
