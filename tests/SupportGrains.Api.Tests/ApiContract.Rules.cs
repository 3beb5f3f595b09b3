using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests;

/// <summary>DOMAIN.md "Precise rules" through the API: days, history, limits, candidates, the profile and circle, and the growth planner. Today is 2026-11-24.</summary>
public abstract partial class ApiContract<TFixture>
{
    [Fact]
    public async Task Figures_as_of_a_day_count_only_who_had_started_by_then()
    {
        var organisation = await OrganisationAsync(startedOn: "2022-03-01", fundedPosts: 5);
        await StaffAsync(organisation, "Early", started: "2022-03-01");
        await StaffAsync(organisation, "Later", started: "2025-06-01");
        await PersonAsync(organisation, "Sam", started: "2022-04-01");

        var data = await Client.DataAsync("query ($o: ID!) { organisation(id: $o) { before: workforce(asOf: \"2019-01-01\") { postsFilled averageYearsInPost } then: workforce(asOf: \"2024-03-01\") { postsFilled } check: sizeCheck(asOf: \"2022-03-15\") { peopleSupported inFirstYear } } }", new { o = organisation });

        Assert.Equal(0, data["organisation"]!["before"]!["postsFilled"]!.GetValue<int>());
        Assert.Equal(0, data["organisation"]!["before"]!["averageYearsInPost"]!.GetValue<double>());
        Assert.Equal(1, data["organisation"]!["then"]!["postsFilled"]!.GetValue<int>());
        Assert.Equal(0, data["organisation"]!["check"]!["peopleSupported"]!.GetValue<int>());
        Assert.True(data["organisation"]!["check"]!["inFirstYear"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_check_for_next_spring_judges_leader_contact_on_today()
    {
        var organisation = await OrganisationAsync();
        var sam = await PersonAsync(organisation, "Sam");
        var leader = await StaffAsync(organisation, "Pat", isLeader: true);
        await Client.DataAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-11-20\" }) { id } }", new { s = leader, p = sam });

        var spring = await SizeCheckAsync(organisation, asOf: "2027-04-01");
        var (future, message) = await Client.ErrorAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-11-25\" }) { id } }", new { s = leader, p = sam });

        Assert.DoesNotContain("LEADER_CONTACT_STALE", Codes(spring));
        Assert.Equal("INVALID_INPUT", future);
        Assert.Contains("lastTogetherOn", message);
    }

    [Fact]
    public async Task In_a_document_with_two_changes_the_one_that_succeeded_stays_visible_beside_the_error()
    {
        var organisation = await OrganisationAsync();

        var result = await Client.SendAsync(
            "mutation ($o: ID!) { good: addPerson(input: { organisationId: $o, name: \"Sam\", supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 30 }) { name } bad: addPerson(input: { organisationId: $o, name: \"  \", supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 30 }) { name } }",
            new { o = organisation });

        Assert.Equal("Sam", result["data"]!["good"]!["name"]!.GetValue<string>());
        Assert.Null(result["data"]!["bad"]);
        Assert.Equal("INVALID_INPUT", result["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("bad", result["errors"]![0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Input_outside_the_limits_is_refused_naming_the_field_and_two_to_one_support_may_be_funded_up_to_336_hours()
    {
        var organisation = await OrganisationAsync();

        var (longName, nameMessage) = await Client.ErrorAsync("mutation ($o: ID!, $n: String!) { addPerson(input: { organisationId: $o, name: $n, supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 30 }) { id } }", new { o = organisation, n = new string('a', 201) });
        var (farDay, dayMessage) = await Client.ErrorAsync("mutation { createOrganisation(input: { name: \"Far\", startedOn: \"9999-12-31\" }) { id } }");
        var (tooMany, hoursMessage) = await Client.ErrorAsync("mutation ($o: ID!) { addPerson(input: { organisationId: $o, name: \"Kai\", supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 200 }) { id } }", new { o = organisation });
        var twoToOne = await Client.DataAsync("mutation ($o: ID!) { addPerson(input: { organisationId: $o, name: \"Ola\", supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 336, supportRatio: 2 }) { fundedHoursPerWeek supportRatio } }", new { o = organisation });

        Assert.Equal(("INVALID_INPUT", "INVALID_INPUT", "INVALID_INPUT"), (longName, farDay, tooMany));
        Assert.Contains("name must be at most 200 characters", nameMessage);
        Assert.Contains("startedOn must be between 1900-01-01 and 2100-12-31", dayMessage);
        Assert.Contains("fundedHoursPerWeek", hoursMessage);
        Assert.Equal(336, twoToOne["addPerson"]!["fundedHoursPerWeek"]!.GetValue<double>());
    }

    [Fact]
    public async Task Hours_funded_hours_and_shadow_shifts_keep_their_history()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation, funded: 40);
        var jo = await StaffAsync(organisation, "Jo");
        var alex = await StaffAsync(organisation, "Alex");
        var joMatch = await MatchAsync(person, jo, "MATCHED");
        var match = await MatchAsync(person, alex, "OFFERED");
        await AdvanceAsync(match, "INDUCTION");
        await Client.DataAsync("mutation ($m: ID!, $j: ID!) { recordShadowShift(matchId: $m, withStaffId: $j, on: \"2026-11-24\") { id } }", new { m = match, j = jo });
        await Client.DataAsync("mutation ($m: ID!) { correctShadowShift(input: { matchId: $m, number: 1, cancelled: true, note: \"Swapped to next week\" }) { id } }", new { m = match });
        await Client.DataAsync("mutation ($m: ID!) { allocateHours(input: { matchId: $m, hoursPerWeek: 20, from: \"2026-11-01\" }) { id } }", new { m = joMatch });
        await Client.DataAsync("mutation ($m: ID!) { allocateHours(input: { matchId: $m, hoursPerWeek: 24 }) { id } }", new { m = joMatch });
        await Client.DataAsync("mutation ($m: ID!) { endMatch(input: { matchId: $m, reason: \"Moved away\" }) { id } }", new { m = joMatch });
        await Client.DataAsync("mutation ($p: ID!) { setFundedHours(personId: $p, hoursPerWeek: 56, from: \"2026-11-20\") { id } }", new { p = person });

        var data = await Client.DataAsync(
            "query ($p: ID!, $m: ID!, $j: ID!) { match(id: $m) { shadowShifts shadowShiftEntries { number on with { name } corrects cancelled } } ended: match(id: $j) { stage hoursPerWeek allocations { from to hoursPerWeek } } person(id: $p) { fundedHoursPerWeek fundedHoursHistory { from hoursPerWeek } } }",
            new { p = person, m = match, j = joMatch });

        Assert.Equal(0, data["match"]!["shadowShifts"]!.GetValue<int>());
        var entries = data["match"]!["shadowShiftEntries"]!.AsArray();
        Assert.Equal("Jo", entries[0]!["with"]!["name"]!.GetValue<string>());
        Assert.Equal(1, entries[1]!["corrects"]!.GetValue<int>());
        Assert.True(entries[1]!["cancelled"]!.GetValue<bool>());
        Assert.Equal("ENDED", data["ended"]!["stage"]!.GetValue<string>());
        Assert.Equal(24, data["ended"]!["hoursPerWeek"]!.GetValue<double>());
        Assert.Equal(["2026-11-01", "2026-11-24"], data["ended"]!["allocations"]!.AsArray().Select(a => a!["from"]!.GetValue<string>()));
        Assert.Equal(56, data["person"]!["fundedHoursPerWeek"]!.GetValue<double>());
        Assert.Equal(2, data["person"]!["fundedHoursHistory"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_review_in_the_future_or_that_says_nothing_is_refused()
    {
        var organisation = await OrganisationAsync();
        var match = await MatchAsync(await PersonAsync(organisation), await StaffAsync(organisation), "MATCHED");

        var (future, _) = await Client.ErrorAsync("mutation ($m: ID!) { reviewMatch(input: { matchId: $m, on: \"2026-12-01\", perspective: PERSON, working: [\"Cooking\"] }) { id } }", new { m = match });
        var (empty, message) = await Client.ErrorAsync("mutation ($m: ID!) { reviewMatch(input: { matchId: $m, on: \"2026-11-20\", perspective: FAMILY }) { id } }", new { m = match });
        var reviews = await Client.DataAsync("query ($m: ID!) { match(id: $m) { reviews { on } } }", new { m = match });

        Assert.Equal(("INVALID_INPUT", "INVALID_INPUT"), (future, empty));
        Assert.Contains("at least one of working, notWorking or actions", message);
        Assert.Empty(reviews["match"]!["reviews"]!.AsArray());
    }

    [Fact]
    public async Task A_candidate_is_not_staff_until_they_start_employment()
    {
        var organisation = await OrganisationAsync(fundedPosts: 2);
        var person = await PersonAsync(organisation);
        var candidate = (await Client.DataAsync("mutation ($o: ID!) { addCandidate(input: { organisationId: $o, name: \"Ade\", phone: \"07700 900123\" }) { id isCandidate startedOn contact { phone } } }", new { o = organisation }))["addCandidate"]!;
        var id = candidate["id"]!.GetValue<string>();
        var match = await MatchAsync(person, id, "OFFERED");

        var before = await Client.DataAsync("query ($o: ID!) { organisation(id: $o) { staff { id } candidates { name } workforce { postsFilled } } }", new { o = organisation });
        var (tooSoon, _) = await Client.ErrorAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: INDUCTION }) { id } }", new { m = match });
        await Client.DataAsync("mutation ($s: ID!) { startEmployment(input: { staffId: $s, startedOn: \"2026-11-24\", role: \"Support worker\", contractedHoursPerWeek: 30 }) { id } }", new { s = id });
        await AdvanceAsync(match, "INDUCTION");
        var after = await Client.DataAsync("query ($o: ID!) { organisation(id: $o) { staff { id isCandidate } candidates { name } workforce { postsFilled } } }", new { o = organisation });

        Assert.True(candidate["isCandidate"]!.GetValue<bool>());
        Assert.Null(candidate["startedOn"]);
        Assert.Equal("07700 900123", candidate["contact"]!["phone"]!.GetValue<string>());
        Assert.Empty(before["organisation"]!["staff"]!.AsArray());
        Assert.Single(before["organisation"]!["candidates"]!.AsArray());
        Assert.Equal(0, before["organisation"]!["workforce"]!["postsFilled"]!.GetValue<int>());
        Assert.Equal("INVALID_TRANSITION", tooSoon);
        Assert.Equal(id, Assert.Single(after["organisation"]!["staff"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Empty(after["organisation"]!["candidates"]!.AsArray());
        Assert.Equal(1, after["organisation"]!["workforce"]!["postsFilled"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_leader_edits_the_profile_and_the_circle_and_each_change_is_kept()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation);

        await Client.DataAsync("mutation ($p: ID!) { setProfileSection(input: { personId: $p, section: IMPORTANT_TO_ME, items: [\"My dog Bella\", \"Sunday lunch with Mum\"] }) { id } }", new { p = person });
        var added = await Client.DataAsync("mutation ($p: ID!) { addRelationship(input: { personId: $p, name: \"Mum\", kind: FAMILY, closeness: 2 }) { relationships { id name closeness } } }", new { p = person });
        var relationship = added["addRelationship"]!["relationships"]![0]!["id"]!.GetValue<string>();
        await Client.DataAsync("mutation ($p: ID!, $r: ID!) { changeRelationship(input: { personId: $p, relationshipId: $r, closeness: 1 }) { id } }", new { p = person, r = relationship });
        var (ring, _) = await Client.ErrorAsync("mutation ($p: ID!, $r: ID!) { changeRelationship(input: { personId: $p, relationshipId: $r, closeness: 9 }) { id } }", new { p = person, r = relationship });
        var data = await Client.DataAsync("query ($p: ID!) { person(id: $p) { profile { importantToMe } relationships { name closeness } history { section description } } }", new { p = person });

        Assert.Equal("INVALID_INPUT", ring);
        Assert.Equal(["My dog Bella", "Sunday lunch with Mum"], data["person"]!["profile"]!["importantToMe"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(1, data["person"]!["relationships"]![0]!["closeness"]!.GetValue<int>());
        Assert.Equal(3, data["person"]!["history"]!.AsArray().Count);
        Assert.Equal("Moved Mum from ring 2 to ring 1.", data["person"]!["history"]![2]!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_growth_plan_says_how_many_more_fit_and_whom_to_recruit()
    {
        var organisation = await OrganisationAsync(startedOn: "2026-09-01");
        await PersonAsync(organisation, "Sam", started: "2026-10-01");
        await PersonAsync(organisation, "Jo", started: "2026-10-15");
        await StaffAsync(organisation, "Alex", started: "2026-09-01");
        await StaffAsync(organisation, "Pat", started: "2026-09-01");
        await StaffAsync(organisation, "Ben", started: "2026-09-01");
        await StaffAsync(organisation, "Eve", started: "2026-09-01");

        var data = await Client.DataAsync("query ($o: ID!) { growthPlan(organisationId: $o, adding: 3, by: \"2027-03-01\") { status peopleBy colleaguesToRecruit limits { code applies moreBeforeAmber moreBeforeRed } causedByGrowth { code status } alreadyPresent { code } } }", new { o = organisation });

        var plan = data["growthPlan"]!;
        var firstYear = plan["limits"]!.AsArray().Single(l => l!["code"]!.GetValue<string>() == "FIRST_YEAR_LIMIT")!;
        Assert.Equal("AMBER", plan["status"]!.GetValue<string>());
        Assert.Equal(2, plan["peopleBy"]!.GetValue<int>());
        Assert.Equal(2, firstYear["moreBeforeAmber"]!.GetValue<int>());
        Assert.Equal(3, firstYear["moreBeforeRed"]!.GetValue<int>());
        Assert.Equal(6, plan["colleaguesToRecruit"]!.GetValue<int>());
        Assert.Contains(plan["causedByGrowth"]!.AsArray(), f => f!["code"]!.GetValue<string>() == "FIRST_YEAR_LIMIT" && f["status"]!.GetValue<string>() == "AMBER");
    }

    [Fact]
    public async Task A_wrongly_typed_variable_is_an_error_not_a_silent_default()
    {
        var organisation = await OrganisationAsync();

        var result = await Client.SendAsync("mutation ($o: ID!, $h: Float!) { addPerson(input: { organisationId: $o, name: \"Sam\", supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: $h }) { id } }", new { o = organisation, h = "forty" });
        var people = await Client.DataAsync("query ($o: ID!) { organisation(id: $o) { people { id } } }", new { o = organisation });

        Assert.NotNull(result["errors"]);
        Assert.Null(result["data"]);
        Assert.Empty(people["organisation"]!["people"]!.AsArray());
    }
}
