using System.Collections.Immutable;
using SupportGrains.Api.Access;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Api.Application;

/// <summary>
/// The organisation-wide questions, for the pages and the GraphQL API alike: the size check, who
/// knows everyone and the knows gaps, the workforce figures, what is due, and the growth plan, each
/// decided by <see cref="AccessPolicy"/> before the organisation's grain answers it.
/// </summary>
public sealed class OrganisationService(Access.Access access, IGrainFactory grains, Clock clock)
{
    public DateOnly Today => clock.Today;

    /// <summary>The organisation, when it is the signed-in user's own (or they are an admin); null when there is none.</summary>
    public async Task<OrganisationView?> GetAsync(string organisationId)
    {
        var organisation = await Grain(organisationId).GetAsync();
        return organisation is not null && AccessPolicy.ReadOrganisation(access.Actor, organisation.Id).Allowed ? organisation : null;
    }

    /// <summary>The size check on a day, as if <paramref name="adding"/> more people were taken on: directors.</summary>
    public Task<SizeCheck> SizeCheckAsync(string organisationId, int adding, DateOnly asOf)
    {
        Access.Access.Require(AccessPolicy.ReadOrganisationFigures(access.Actor, organisationId, "the size check"));
        return Grain(organisationId).SizeCheckAsync(adding, asOf);
    }

    /// <summary>What taking on <paramref name="adding"/> more people by a day would mean, and whom to recruit: directors.</summary>
    public Task<GrowthPlan> GrowthPlanAsync(string organisationId, int adding, DateOnly by)
    {
        Access.Access.Require(AccessPolicy.ReadOrganisationFigures(access.Actor, organisationId, "a growth plan"));
        return Grain(organisationId).GrowthPlanAsync(adding, by);
    }

    /// <summary>The workforce indicators on a day, with the reference rows: directors.</summary>
    public Task<WorkforceIndicators> WorkforceAsync(string organisationId, DateOnly asOf)
    {
        Access.Access.Require(AccessPolicy.ReadOrganisationFigures(access.Actor, organisationId, "the workforce figures"));
        return Grain(organisationId).WorkforceAsync(asOf);
    }

    /// <summary>Current staff who know every current person (and every colleague, with <paramref name="includeStaff"/>) today, as far as the user may read them: team leaders and directors.</summary>
    public async Task<ImmutableArray<StaffView>> WhoKnowsEveryoneAsync(string organisationId, bool includeStaff)
    {
        Access.Access.Require(AccessPolicy.ReadLeadership(access.Actor, organisationId, "who knows everyone"));
        var staff = await Grain(organisationId).WhoKnowsEveryoneAsync(includeStaff, clock.Today);
        var readable = await Task.WhenAll(staff.Select(access.CanReadStaffAsync));
        return [.. staff.Where((_, i) => readable[i])];
    }

    /// <summary>
    /// The pairs who should know each other and do not (or have not been together lately) today,
    /// those whose every side the user may read, with the views of whom they name: team leaders and directors.
    /// </summary>
    public async Task<KnowsGapList> KnowsGapsAsync(string organisationId, bool leadersOnly)
    {
        Access.Access.Require(AccessPolicy.ReadLeadership(access.Actor, organisationId, "the knows gaps"));
        var organisation = Grain(organisationId);
        var gaps = await organisation.KnowsGapsAsync(leadersOnly, clock.Today);
        var views = await organisation.ViewsAsync(
            [.. gaps.Select(g => g.PersonId).OfType<string>().Distinct()],
            [.. gaps.SelectMany(g => new[] { g.StaffId, g.ColleagueId }).OfType<string>().Distinct()]);
        var people = await Readable(views.People, p => p.Id, access.CanReadPersonAsync);
        var staff = await Readable(views.Staff, s => s.Id, access.CanReadStaffAsync);
        var readable = gaps.Where(g => staff.ContainsKey(g.StaffId)
            && (g.PersonId is null || people.ContainsKey(g.PersonId))
            && (g.ColleagueId is null || staff.ContainsKey(g.ColleagueId)));
        return new KnowsGapList([.. readable], new OrganisationViews([.. people.Values], [.. staff.Values]));
    }

    /// <summary>What is due across the organisation within <paramref name="withinDays"/> days of today, or already: team leaders and directors.</summary>
    public Task<ImmutableArray<DueItem>> DueAsync(string organisationId, int withinDays)
    {
        Access.Access.Require(AccessPolicy.ReadLeadership(access.Actor, organisationId, "what is due"));
        return grains.GetGrain<IDueGrain>(organisationId).DueAsync(withinDays, clock.Today, null);
    }

    /// <summary>Every person and colleague of the organisation, leavers and candidates too (to name them and pick them): directors.</summary>
    public async Task<OrganisationViews> MembersAsync(string organisationId)
    {
        Access.Access.Require(AccessPolicy.ReadWholeOrganisation(access.Actor, organisationId));
        var organisation = Grain(organisationId);
        return await organisation.GetAsync() is { } found
            ? await organisation.ViewsAsync([.. found.PersonIds], [.. found.StaffIds])
            : throw DomainException.NotFound($"Organisation {organisationId}");
    }

    private IOrganisationGrain Grain(string organisationId) => grains.GetGrain<IOrganisationGrain>(organisationId);

    private static async Task<Dictionary<string, T>> Readable<T>(ImmutableArray<T> views, Func<T, string> id, Func<T, Task<bool>> canRead)
    {
        var allowed = await Task.WhenAll(views.Select(canRead));
        return views.Where((_, i) => allowed[i]).ToDictionary(id, StringComparer.Ordinal);
    }
}
