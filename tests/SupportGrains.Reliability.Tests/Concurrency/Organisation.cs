using SupportGrains.Grains.Audit;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using SupportGrains.Testing;

namespace SupportGrains.Reliability.Tests.Concurrency;

/// <summary>An organisation of the concurrency tests' own, made through the grains (setting up is not what is tested: no keys, no audit).</summary>
public sealed class Organisation(ClusterFixture fixture, OrganisationView view)
{
    public string Id => view.Id;

    public IOrganisationGrain Grain => fixture.Grains.GetGrain<IOrganisationGrain>(view.Id);

    public IGrainFactory Grains => fixture.Grains;

    public DateOnly Today => fixture.Today;

    public static async Task<Organisation> CreateAsync(ClusterFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var view = await fixture.Grains.GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key)
            .CreateOrganisationAsync(new NewOrganisation("Concurrent Small Supports " + Guid.NewGuid().ToString("N")[..6], fixture.Today.AddYears(-5), 400), ChangeContext.None);
        return new Organisation(fixture, view);
    }

    public Task<PersonView> PersonAsync(string name) =>
        Grain.AddPersonAsync(new NewPerson(Id, name, Today.AddYears(-2), 40, "Set up by the concurrency tests"), ChangeContext.None);

    public Task<StaffView> StaffAsync(string name) =>
        Grain.AddStaffMemberAsync(new NewStaffMember(Id, name, "Support worker", false, ContractType.Permanent, Today.AddYears(-1), 37.5), ChangeContext.None);

    public ITeamGrain TeamOf(string personId) => Grains.GetGrain<ITeamGrain>(personId);

    public Task<Match> MatchAsync(string personId, string staffId, MatchStage stage) => TeamOf(personId).StartMatchAsync(new NewMatch(staffId, stage), ChangeContext.None);

    /// <summary>The applied audit entries of the organisation, counted by the clientMutationId in their input.</summary>
    public async Task<IReadOnlyDictionary<string, int>> AppliedAuditByKeyAsync()
    {
        var trail = Grains.GetGrain<IAuditTrailGrain>(Id);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? after = null;
        do
        {
            var page = await trail.ReadAsync(new AuditQuery(Id, null, null, null, null, 200, after));
            foreach (var entry in page.Entries.Where(e => e.Outcome == AuditOutcome.Applied && e.Input is not null))
            {
                var key = System.Text.Json.JsonDocument.Parse(entry.Input!).RootElement.TryGetProperty("clientMutationId", out var k) ? k.GetString() : null;
                if (key is not null)
                {
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }

            after = page.Next;
        }
        while (after is not null);

        return counts;
    }
}
