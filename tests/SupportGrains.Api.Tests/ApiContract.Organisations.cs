namespace SupportGrains.Api.Tests;

public abstract partial class ApiContract<TFixture>
{
    [Fact]
    public async Task Creating_an_organisation_gives_it_the_default_guidance_and_lists_it()
    {
        var id = await OrganisationAsync();

        var data = await Client.DataAsync("query ($id: ID!) { organisation(id: $id) { id startedOn guidance { firstYearLimit yearlyGrowthLimit ceilingAmber ceilingRed maxTeamsPerStaff leaderContactDays } } organisations { id } }", new { id });

        var guidance = data["organisation"]!["guidance"]!;
        Assert.Equal("2023-01-10", data["organisation"]!["startedOn"]!.GetValue<string>());
        Assert.Equal([5, 5, 30, 50, 2, 30], new[] { "firstYearLimit", "yearlyGrowthLimit", "ceilingAmber", "ceilingRed", "maxTeamsPerStaff", "leaderContactDays" }.Select(k => guidance[k]!.GetValue<int>()));
        Assert.Contains(data["organisations"]!.AsArray(), o => o!["id"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task An_unknown_organisation_is_null_and_adding_to_it_is_refused_like_any_other_organisation()
    {
        var data = await Client.DataAsync("{ organisation(id: \"org-nowhere\") { id } }");
        var (code, message) = await Client.ErrorAsync(
            "mutation { addPerson(input: { organisationId: \"org-nowhere\", name: \"Sam\", supportStartedOn: \"2026-01-01\", fundedHoursPerWeek: 10 }) { id } }");

        Assert.Null(data["organisation"]);

        // Another organisation's records, existing or not, are refused alike: nothing says whether it exists.
        Assert.Equal("FORBIDDEN", code);
        Assert.Contains("org-nowhere", message);
    }

    [Fact]
    public async Task Five_people_in_the_first_year_are_amber_and_a_sixth_is_refused_red_unless_a_reason_is_kept()
    {
        var organisation = await OrganisationAsync(startedOn: "2026-06-01");
        for (var i = 0; i < 5; i++)
        {
            await PersonAsync(organisation, $"Person {i}", started: "2026-11-20");
        }

        var amber = await SizeCheckAsync(organisation);
        var red = await SizeCheckAsync(organisation, adding: 1);
        var (code, message) = await Client.ErrorAsync(
            "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }",
            new { input = new { organisationId = organisation, name = "Sixth person", supportStartedOn = "2026-11-24", fundedHoursPerWeek = 20.0 } });
        var after = await SizeCheckAsync(organisation);
        var taken = await Client.DataAsync(
            "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id sizeGuidanceOverrideReason } }",
            new { input = new { organisationId = organisation, name = "Sixth person", supportStartedOn = "2026-11-24", fundedHoursPerWeek = 20.0, overrideReason = "Leaving hospital; the board agreed" } });

        Assert.Equal("AMBER", amber["organisation"]!["sizeCheck"]!["status"]!.GetValue<string>());
        Assert.Contains("FIRST_YEAR_LIMIT", Codes(amber));
        Assert.Equal("RED", red["organisation"]!["sizeCheck"]!["status"]!.GetValue<string>());
        Assert.Equal("SIZE_GUIDANCE_RED", code);
        Assert.Contains("Sixth person", message);
        Assert.Equal(5, after["organisation"]!["sizeCheck"]!["peopleSupported"]!.GetValue<int>());
        Assert.Equal("Leaving hospital; the board agreed", taken["addPerson"]!["sizeGuidanceOverrideReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_size_check_names_people_and_staff_beside_the_figures()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation, "Sam", funded: 40);
        var leader = await StaffAsync(organisation, "Pat", isLeader: true);
        var worker = await StaffAsync(organisation, "Alex");
        var match = await MatchAsync(person, worker, "INDUCTION");
        await AdvanceAsync(match, "MATCHED");
        await Client.DataAsync("mutation { allocateHours(input: { matchId: \"" + match + "\", hoursPerWeek: 30 }) { id } }");

        var check = await SizeCheckAsync(organisation);

        var findings = check["organisation"]!["sizeCheck"]!["findings"]!.AsArray();
        var unknown = findings.Single(f => f!["code"]!.GetValue<string>() == "LEADER_DOES_NOT_KNOW")!;
        var gap = findings.Single(f => f!["code"]!.GetValue<string>() == "FUNDED_HOURS_GAP")!;
        Assert.Equal(leader, unknown["staff"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(person, unknown["people"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(40, gap["limit"]!.GetValue<double>());
        Assert.Equal(30, gap["actual"]!.GetValue<double>());
        Assert.Contains("30 of 40", gap["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Size_guidance_can_be_changed_and_bad_figures_are_refused()
    {
        var organisation = await OrganisationAsync();

        var changed = await Client.DataAsync("mutation ($id: ID!) { setSizeGuidance(organisationId: $id, input: { firstYearLimit: 4, yearlyGrowthLimit: 3, ceilingAmber: 20, ceilingRed: 40, maxTeamsPerStaff: 2, leaderContactDays: 14 }) { guidance { ceilingAmber leaderContactDays } } }", new { id = organisation });
        var (code, _) = await Client.ErrorAsync("mutation ($id: ID!) { setSizeGuidance(organisationId: $id, input: { firstYearLimit: 4, yearlyGrowthLimit: 3, ceilingAmber: 40, ceilingRed: 20, maxTeamsPerStaff: 2, leaderContactDays: 14 }) { id } }", new { id = organisation });

        Assert.Equal(20, changed["setSizeGuidance"]!["guidance"]!["ceilingAmber"]!.GetValue<int>());
        Assert.Equal("INVALID_INPUT", code);
    }

    [Fact]
    public async Task Workforce_indicators_are_computed_with_the_reference_rows_beside_them()
    {
        var organisation = await OrganisationAsync(fundedPosts: 4);
        await PersonAsync(organisation);
        await StaffAsync(organisation, "A");
        await StaffAsync(organisation, "B", contract: "BANK");
        var leaver = await StaffAsync(organisation, "C", started: "2023-06-01");
        await Client.DataAsync("mutation ($id: ID!) { staffLeaves(input: { staffId: $id, leftOn: \"2026-10-01\", reason: \"Moved away\" }) { leftOn } }", new { id = leaver });

        var data = await Client.DataAsync("query ($id: ID!) { organisation(id: $id) { workforce { postsTotal postsFilled postsVacant vacancyRate leaversLast12Months turnoverRate staffPerPerson benchmarks { name vacancyRate } } } }", new { id = organisation });

        var workforce = data["organisation"]!["workforce"]!;
        Assert.Equal(4, workforce["postsTotal"]!.GetValue<int>());
        Assert.Equal(1, workforce["postsFilled"]!.GetValue<int>());
        Assert.Equal(0.75, workforce["vacancyRate"]!.GetValue<double>());
        Assert.Equal(1, workforce["leaversLast12Months"]!.GetValue<int>());
        Assert.Equal(1.0, workforce["turnoverRate"]!.GetValue<double>());
        Assert.Equal(2.0, workforce["staffPerPerson"]!.GetValue<double>());
        Assert.Equal(5, workforce["benchmarks"]!.AsArray().Count);
    }
}
