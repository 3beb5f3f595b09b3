using SupportGrains.Api.Access;
using SupportGrains.Api.Application;
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
        .ResolveAsync("Query", "organisation", c => Load.Asked(Load.RawOrganisation(c, c.Required<string>("id")),
            o => Task.FromResult(AccessPolicy.ReadOrganisation(c.Access().Actor, o.Id).Allowed), $"Organisation {c.Required<string>("id")}"))
        .ResolveAsync("Query", "growthPlan", async c =>
        {
            var id = c.Required<string>("organisationId");
            c.Require(actor => AccessPolicy.ReadOrganisationFigures(actor, id, "a growth plan"));
            return await Load.RawOrganisation(c, id) is { } organisation
                ? await Organisations(c).GrowthPlanAsync(organisation.Id, c.Required<int>("adding"), c.Required<DateOnly>("by"))
                : null;
        })
        .ResolveAsync("Organisation", "growthPlan", c =>
            Organisations(c).GrowthPlanAsync(c.SourceAs<OrganisationView>().Id, c.Required<int>("adding"), c.Required<DateOnly>("by")))
        .ResolveAsync("Organisation", "people", async c =>
        {
            var organisation = c.Members("The people supported");
            await Load.PrimeAsync(c, organisation.Id, organisation.PersonIds, []);
            var people = await Load.People(c, organisation.PersonIds);
            return c.Argument<bool>("includeEnded") ? people : people.Where(p => p.IsCurrentOn(Days.Today(c))).ToList();
        })
        .ResolveAsync("Organisation", "staff", async c =>
        {
            var organisation = c.Members("The staff");
            await Load.PrimeAsync(c, organisation.Id, [], organisation.StaffIds);
            var staff = await Load.StaffMembers(c, organisation.StaffIds);
            var employed = staff.Where(s => !s.IsCandidate);
            return (c.Argument<bool>("includeLeavers") ? employed : employed.Where(s => s.IsCurrentOn(Days.Today(c)))).ToList();
        })
        .ResolveAsync("Organisation", "candidates", async c =>
        {
            c.Require(actor => AccessPolicy.ReadOrganisationFigures(actor, c.SourceAs<OrganisationView>().Id, "the candidates"));
            var staff = await Load.StaffMembers(c, c.SourceAs<OrganisationView>().StaffIds);
            return staff.Where(s => s.IsCandidate).ToList();
        })
        .ResolveAsync("Organisation", "teams", async c =>
        {
            var today = Days.Today(c);
            var organisation = c.Members("The teams");
            await Load.PrimeAsync(c, organisation.Id, organisation.PersonIds, []);
            var people = await Load.People(c, organisation.PersonIds);
            return (await Task.WhenAll(people.Where(p => p.IsCurrentOn(today)).Select(p => Load.Team(c, p.Id)))).OfType<object>().ToList();
        })
        .Resolve("Organisation", "guidance", c => c.SourceAs<OrganisationView>().Guidance)
        .Resolve("Organisation", "settings", c => c.SourceAs<OrganisationView>().Settings)
        .ResolveAsync("Organisation", "sizeCheck", async c =>
        {
            var check = await Organisations(c).SizeCheckAsync(c.SourceAs<OrganisationView>().Id, c.Argument<int>("adding"), Days.AsOf(c));
            await Load.PrimeAsync(c, c.SourceAs<OrganisationView>().Id, check.Findings.SelectMany(f => f.PersonIds), check.Findings.SelectMany(f => f.StaffIds));
            return check;
        })
        .ResolveAsync("Organisation", "whoKnowsEveryone", async c =>
        {
            var staff = await Organisations(c).WhoKnowsEveryoneAsync(c.SourceAs<OrganisationView>().Id, c.Argument<bool>("includeStaff"));
            Load.Prime(c, [], staff);
            return (IReadOnlyList<StaffView>)staff;
        })
        .ResolveAsync("Organisation", "knowsGaps", async c =>
        {
            var gaps = await Organisations(c).KnowsGapsAsync(c.SourceAs<OrganisationView>().Id, c.Argument<bool>("leadersOnly"));
            Load.Prime(c, gaps.Views.People, gaps.Views.Staff);
            return (IReadOnlyList<KnowsGap>)gaps.Gaps;
        })
        .ResolveAsync("Organisation", "workforce", c => Organisations(c).WorkforceAsync(c.SourceAs<OrganisationView>().Id, Days.AsOf(c)))
        .ResolveAsync("Finding", "people", c => Load.People(c, c.SourceAs<Finding>().PersonIds))
        .ResolveAsync("Finding", "staff", c => Load.StaffMembers(c, c.SourceAs<Finding>().StaffIds))
        .ResolveAsync("KnowsGap", "staff", c => Load.Staff(c, c.SourceAs<KnowsGap>().StaffId))
        .ResolveAsync("KnowsGap", "person", c => c.SourceAs<KnowsGap>().PersonId is { } id ? Load.Person(c, id) : Task.FromResult<Grains.People.PersonView?>(null))
        .ResolveAsync("KnowsGap", "colleague", c => c.SourceAs<KnowsGap>().ColleagueId is { } id ? Load.Staff(c, id) : Task.FromResult<StaffView?>(null))
        .Mutation("createOrganisation", async c =>
        {
            c.Require(actor => AccessPolicy.Administer(actor, "starting an organisation"));
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
        .Mutation("setOrganisationSettings", c =>
        {
            c.Access().RequireManageOrganisation(c.Required<string>("organisationId"), "changing the settings");
            var input = c.Input();
            return c.Grains().GetGrain<IOrganisationGrain>(c.Argument<string>("organisationId")!).SetSettingsAsync(new OrganisationSettings
            {
                SleepInHours = input.Get<double>("sleepInHours"),
                ReviewEveryWeeks = input.Get<int>("reviewEveryWeeks"),
            }, c.Change());
        })
        .Mutation("setSizeGuidance", c =>
        {
            c.Access().RequireManageOrganisation(c.Required<string>("organisationId"), "changing the size guidance");
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

    private static OrganisationService Organisations(SupportGrains.GraphQL.Execution.ResolveContext context) => context.Service<OrganisationService>();
}
