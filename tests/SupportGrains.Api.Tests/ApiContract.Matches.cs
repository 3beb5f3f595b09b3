namespace SupportGrains.Api.Tests;

public abstract partial class ApiContract<TFixture>
{
    [Fact]
    public async Task A_match_moves_forward_through_induction_to_matched_with_its_history()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation, funded: 20);
        var alex = await StaffAsync(organisation);
        var match = await MatchAsync(person, alex);

        await AdvanceAsync(match, "PERSON_INTERVIEW");
        await AdvanceAsync(match, "INDUCTION");
        await Client.DataAsync("mutation ($m: ID!) { recordShadowShift(matchId: $m) { shadowShifts } }", new { m = match });
        var shadow = await Client.DataAsync("mutation ($m: ID!) { recordShadowShift(matchId: $m) { shadowShifts } }", new { m = match });
        var matched = await AdvanceAsync(match, "MATCHED");
        var hours = await Client.DataAsync("mutation ($m: ID!) { allocateHours(input: { matchId: $m, hoursPerWeek: 20 }) { id } }", new { m = match });
        var team = await Client.DataAsync("query ($p: ID!) { person(id: $p) { team { coveredHoursPerWeek members { hoursPerWeek staff { name } match { stage } } } } }", new { p = person });

        Assert.Equal(2, shadow["recordShadowShift"]!["shadowShifts"]!.GetValue<int>());
        Assert.Equal(["INTERESTED", "PERSON_INTERVIEW", "INDUCTION", "MATCHED"], matched["history"]!.AsArray().Select(e => e!["stage"]!.GetValue<string>()));
        Assert.NotNull(hours["allocateHours"]);
        Assert.Equal(20, team["person"]!["team"]!["coveredHoursPerWeek"]!.GetValue<double>());
        Assert.Equal("MATCHED", team["person"]!["team"]!["members"]![0]!["match"]!["stage"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_transitions_are_refused_and_leave_the_match_as_it_was()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation);
        var match = await MatchAsync(person, await StaffAsync(organisation), "OFFERED");

        var (backwards, message) = await Client.ErrorAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: APPLIED }) { id } }", new { m = match });
        var (toEnded, _) = await Client.ErrorAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: ENDED }) { id } }", new { m = match });
        var (shadow, _) = await Client.ErrorAsync("mutation ($m: ID!) { recordShadowShift(matchId: $m) { id } }", new { m = match });
        var (hours, _) = await Client.ErrorAsync("mutation ($m: ID!) { allocateHours(input: { matchId: $m, hoursPerWeek: 10 }) { id } }", new { m = match });
        var (noReason, _) = await Client.ErrorAsync("mutation ($m: ID!) { endMatch(input: { matchId: $m, reason: \"  \" }) { id } }", new { m = match });
        var (unknown, _) = await Client.ErrorAsync("mutation { advanceMatch(input: { matchId: \"m-nothing\", to: MATCHED }) { id } }");
        var data = await Client.DataAsync("query ($m: ID!) { match(id: $m) { stage shadowShifts history { stage } } }", new { m = match });

        Assert.Equal("INVALID_TRANSITION", backwards);
        Assert.Contains(match, message);
        Assert.Equal("INVALID_TRANSITION", toEnded);
        Assert.Equal("INVALID_TRANSITION", shadow);
        Assert.Equal("INVALID_TRANSITION", hours);
        Assert.Equal("INVALID_INPUT", noReason);
        Assert.Equal("NOT_FOUND", unknown);
        Assert.Equal("OFFERED", data["match"]!["stage"]!.GetValue<string>());
        Assert.Single(data["match"]!["history"]!.AsArray());
    }

    [Fact]
    public async Task An_ended_match_keeps_its_reason_and_moves_no_more()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation);
        var match = await MatchAsync(person, await StaffAsync(organisation), "MATCHED");

        var ended = await Client.DataAsync("mutation ($m: ID!) { endMatch(input: { matchId: $m, reason: \"Not working for Sam\" }) { stage endedReason } }", new { m = match });
        var (code, _) = await Client.ErrorAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: MATCHED }) { id } }", new { m = match });
        var matches = await Client.DataAsync("query ($p: ID!) { person(id: $p) { matches { id } all: matches(includeEnded: true) { id endedReason } team { members { staff { id } } } } }", new { p = person });

        Assert.Equal("ENDED", ended["endMatch"]!["stage"]!.GetValue<string>());
        Assert.Equal("INVALID_TRANSITION", code);
        Assert.Empty(matches["person"]!["matches"]!.AsArray());
        Assert.Equal("Not working for Sam", matches["person"]!["all"]![0]!["endedReason"]!.GetValue<string>());
        Assert.Empty(matches["person"]!["team"]!["members"]!.AsArray());
    }

    [Fact]
    public async Task Reviews_record_what_is_working_and_not_from_each_perspective()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation);
        var match = await MatchAsync(person, await StaffAsync(organisation), "MATCHED");

        await Client.DataAsync("mutation ($m: ID!) { reviewMatch(input: { matchId: $m, on: \"2026-11-01\", perspective: FAMILY, working: [\"Calls every week\"], notWorking: [\"Rota changes\"], actions: [\"Share the rota\"] }) { id } }", new { m = match });
        var data = await Client.DataAsync("mutation ($m: ID!) { reviewMatch(input: { matchId: $m, on: \"2026-11-20\", perspective: PERSON, working: [\"Cooking together\"] }) { reviews { on perspective working notWorking actions } latestReview { perspective } } }", new { m = match });

        var reviews = data["reviewMatch"]!["reviews"]!.AsArray();
        Assert.Equal(2, reviews.Count);
        Assert.Equal("FAMILY", reviews[0]!["perspective"]!.GetValue<string>());
        Assert.Equal("Rota changes", reviews[0]!["notWorking"]![0]!.GetValue<string>());
        Assert.Empty(reviews[1]!["actions"]!.AsArray());
        Assert.Equal("PERSON", data["reviewMatch"]!["latestReview"]!["perspective"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_open_match_for_the_same_pair_is_refused()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation);
        var alex = await StaffAsync(organisation);
        await MatchAsync(person, alex);

        var (code, _) = await Client.ErrorAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s }) { id } }", new { p = person, s = alex });
        var (ended, _) = await Client.ErrorAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: ENDED }) { id } }", new { p = person, s = alex });

        Assert.Equal("INVALID_INPUT", code);
        Assert.Equal("INVALID_TRANSITION", ended);
    }
}
