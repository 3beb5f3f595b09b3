using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Organisations;

/// <summary>Organisations in the API: the organisation-wide questions, answered by the organisation's grain from the live grains.</summary>
internal static class OrganisationSchema
{
    public static SchemaBuilder AddOrganisations(this SchemaBuilder schema) => schema
        .BindType<OrganisationView>("Organisation")
        .BindType<SizeGuidance>("SizeGuidance")
        .BindType<OrganisationSettings>("OrganisationSettings")
        .BindType<SizeCheck>("SizeCheck")
        .BindType<Finding>("Finding")
        .BindType<KnowsGap>("KnowsGap")
        .BindType<WorkforceIndicators>("WorkforceIndicators")
        .BindType<WorkforceBenchmark>("WorkforceBenchmark")
        .BindType<GrowthPlan>("GrowthPlan")
        .BindType<GrowthLimit>("GrowthLimit")
        .BindEnum<CheckStatus>("CheckStatus")
        .BindEnum<KnowsGapKind>("KnowsGapKind")
        .ResolveAsync("Query", "organisations", async c =>
        {
            var ids = await c.Grains().GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).OrganisationIdsAsync();
            return (await Task.WhenAll(ids.Select(id => Load.Organisation(c, id)))).OfType<OrganisationView>().ToList();
        })
        .ResolveAsync("Query", "organisation", c => Load.Organisation(c, c.Required<string>("id")))
        .ResolveAsync("Query", "growthPlan", async c => await Load.Organisation(c, c.Required<string>("organisationId")) is { } organisation
            ? await c.Grains().GetGrain<IOrganisationGrain>(organisation.Id).GrowthPlanAsync(c.Required<int>("adding"), c.Required<DateOnly>("by"))
            : null)
        .ResolveAsync("Organisation", "growthPlan", c => Grain(c).GrowthPlanAsync(c.Required<int>("adding"), c.Required<DateOnly>("by")))
        .ResolveAsync("Organisation", "people", async c =>
        {
            var people = await Load.People(c, c.SourceAs<OrganisationView>().PersonIds);
            return c.Argument<bool>("includeEnded") ? people : people.Where(p => p.IsCurrentOn(Clock.Today(c))).ToList();
        })
        .ResolveAsync("Organisation", "staff", async c =>
        {
            var staff = await Load.StaffMembers(c, c.SourceAs<OrganisationView>().StaffIds);
            var employed = staff.Where(s => !s.IsCandidate);
            return (c.Argument<bool>("includeLeavers") ? employed : employed.Where(s => s.IsCurrentOn(Clock.Today(c)))).ToList();
        })
        .ResolveAsync("Organisation", "candidates", async c =>
        {
            var staff = await Load.StaffMembers(c, c.SourceAs<OrganisationView>().StaffIds);
            return staff.Where(s => s.IsCandidate).ToList();
        })
        .ResolveAsync("Organisation", "teams", async c =>
        {
            var today = Clock.Today(c);
            var people = await Load.People(c, c.SourceAs<OrganisationView>().PersonIds);
            return (await Task.WhenAll(people.Where(p => p.IsCurrentOn(today)).Select(p => Load.Team(c, p.Id)))).OfType<object>().ToList();
        })
        .Resolve("Organisation", "guidance", c => c.SourceAs<OrganisationView>().Guidance)
        .Resolve("Organisation", "settings", c => c.SourceAs<OrganisationView>().Settings)
        .ResolveAsync("Organisation", "sizeCheck", c => Grain(c).SizeCheckAsync(c.Argument<int>("adding"), Clock.AsOf(c)))
        .ResolveAsync("Organisation", "whoKnowsEveryone", async c => (IReadOnlyList<StaffView>)await Grain(c).WhoKnowsEveryoneAsync(c.Argument<bool>("includeStaff"), Clock.Today(c)))
        .ResolveAsync("Organisation", "knowsGaps", async c => (IReadOnlyList<KnowsGap>)await Grain(c).KnowsGapsAsync(c.Argument<bool>("leadersOnly"), Clock.Today(c)))
        .ResolveAsync("Organisation", "workforce", c => Grain(c).WorkforceAsync(Clock.AsOf(c)))
        .ResolveAsync("Finding", "people", c => Load.People(c, c.SourceAs<Finding>().PersonIds))
        .ResolveAsync("Finding", "staff", c => Load.StaffMembers(c, c.SourceAs<Finding>().StaffIds))
        .ResolveAsync("KnowsGap", "staff", c => Load.Staff(c, c.SourceAs<KnowsGap>().StaffId))
        .ResolveAsync("KnowsGap", "person", c => c.SourceAs<KnowsGap>().PersonId is { } id ? Load.Person(c, id) : Task.FromResult<Grains.People.PersonView?>(null))
        .ResolveAsync("KnowsGap", "colleague", c => c.SourceAs<KnowsGap>().ColleagueId is { } id ? Load.Staff(c, id) : Task.FromResult<StaffView?>(null))
        .ResolveAsync("Mutation", "createOrganisation", async c =>
        {
            var input = c.Input();
            var created = await c.Grains().GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).CreateOrganisationAsync(
                new NewOrganisation(input.Get<string>("name"), input.Get<DateOnly>("startedOn"), input.Get<int>("fundedPosts"))
                {
                    Localities = input.Texts("localities"),
                },
                c.Change());
            await Accounts.AccountSchema.CreatorBecomesDirectorAsync(c, created.Id);
            return created;
        })
        .ResolveAsync("Mutation", "setOrganisationSettings", c =>
        {
            var input = c.Input();
            return c.Grains().GetGrain<IOrganisationGrain>(c.Argument<string>("organisationId")!).SetSettingsAsync(new OrganisationSettings
            {
                SleepInHours = input.Get<double>("sleepInHours"),
                ReviewEveryWeeks = input.Get<int>("reviewEveryWeeks"),
            }, c.Change());
        })
        .ResolveAsync("Mutation", "setSizeGuidance", c =>
        {
            var input = c.Input();
            return c.Grains().GetGrain<IOrganisationGrain>(c.Argument<string>("organisationId")!).SetGuidanceAsync(new SizeGuidance
            {
                FirstYearLimit = input.Get<int>("firstYearLimit"),
                YearlyGrowthLimit = input.Get<int>("yearlyGrowthLimit"),
                CeilingAmber = input.Get<int>("ceilingAmber"),
                CeilingRed = input.Get<int>("ceilingRed"),
                MaxTeamsPerStaff = input.Get<int>("maxTeamsPerStaff"),
                LeaderContactDays = input.Get<int>("leaderContactDays"),
            }, c.Change());
        });

    private static IOrganisationGrain Grain(SupportGrains.GraphQL.Execution.ResolveContext context) =>
        context.Grains().GetGrain<IOrganisationGrain>(context.SourceAs<OrganisationView>().Id);
}
