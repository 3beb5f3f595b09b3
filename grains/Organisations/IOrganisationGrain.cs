using System.Collections.Immutable;
using SupportGrains.Grains.Staff;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Organisations;

/// <summary>
/// A Small Supports organisation: who belongs to it, its size guidance, and the organisation-wide
/// questions, answered from the live grains of its people, staff and matches (fetched in parallel).
/// </summary>
public interface IOrganisationGrain : IGrainWithStringKey
{
    Task<OrganisationView> CreateAsync(NewOrganisation organisation);

    [ReadOnly]
    Task<OrganisationView?> GetAsync();

    Task AddPersonAsync(string personId);

    Task AddStaffAsync(string staffId);

    Task AddMatchAsync(string matchId);

    /// <summary>Changes the size guidance figures.</summary>
    Task<OrganisationView> SetGuidanceAsync(SizeGuidance guidance);

    /// <summary>The organisation with the views of all its people, staff and matches.</summary>
    [ReadOnly]
    Task<OrganisationSnapshot> SnapshotAsync();

    /// <summary>The size check on a day, as if <paramref name="adding"/> more people were taken on.</summary>
    [ReadOnly]
    Task<SizeCheck> SizeCheckAsync(int adding, DateOnly asOf);

    /// <summary>Current staff who know every current person (and every colleague, with <paramref name="includeStaff"/>).</summary>
    [ReadOnly]
    Task<ImmutableArray<StaffView>> WhoKnowsEveryoneAsync(bool includeStaff, DateOnly asOf);

    [ReadOnly]
    Task<ImmutableArray<KnowsGap>> KnowsGapsAsync(bool leadersOnly, DateOnly asOf);

    [ReadOnly]
    Task<WorkforceIndicators> WorkforceAsync(DateOnly asOf);
}
