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

    /// <summary>The organisation with the views of all its people, staff and matches (kept until one of them changes).</summary>
    [ReadOnly]
    Task<OrganisationSnapshot> SnapshotAsync();

    /// <summary>
    /// Told by a person, colleague or match of the organisation after each change it makes, before
    /// that change is acknowledged, so the next question sees it. Interleaves with everything (it
    /// only marks the kept snapshot stale), so it never waits for the fan-out that may be waiting
    /// for its caller.
    /// </summary>
    [AlwaysInterleave]
    Task SnapshotChangedAsync();

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
