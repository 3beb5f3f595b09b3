namespace SupportGrains.Api.Tests;

public abstract partial class ApiContract<TFixture>
{
    // Today is Tuesday 2026-11-24: this rota week runs from Monday 2026-11-23 to Sunday 2026-11-29.
    private const string ShiftFields = "id day start end endsNextDay kind isOpen hours stage fromPattern colleague { id name } clashes { kind message } cancelled { at reason by { id } } history { what }";

    [Fact]
    public async Task A_team_leader_builds_a_week_and_reads_its_hours_continuity_open_shifts_and_clashes()
    {
        var (organisation, person, alex) = await RotaTeamAsync();
        var jo = await StaffAsync(organisation, "Jo");
        await MatchAsync(person, jo, "INDUCTION");
        await Client.DataAsync("mutation ($o: ID!) { setOrganisationSettings(organisationId: $o, input: { sleepInHours: 4, reviewEveryWeeks: 4 }) { id } }", new { o = organisation });

        await AddShiftAsync(person, "2026-11-23", "08:00", "16:00", alex);
        await AddShiftAsync(person, "2026-11-23", "10:00", "14:00", jo);
        await AddShiftAsync(person, "2026-11-23", "22:00", "08:00", alex, kind: "SLEEP_IN");
        await AddShiftAsync(person, "2026-11-24", "14:00", "22:00", null);
        var clashing = await AddShiftAsync(person, "2026-11-24", "07:00", "13:00", alex);
        await AddShiftAsync(person, "2026-12-01", "08:00", "16:00", alex);
        var data = await Client.DataAsync(
            "query ($p: ID!) { person(id: $p) { team { coveredHoursPerWeek coveredHoursFrom rota { week endsOn rosteredHours matchedHours otherHours openHours continuity coveredHours " +
            "openShifts { id } clashes { kind message colleague { name } shiftId otherShiftId } shifts { " + ShiftFields + " } } } } }",
            new { p = person });

        var rota = data["person"]!["team"]!["rota"]!;
        Assert.Equal("2026-11-23", rota["week"]!.GetValue<string>());
        Assert.Equal("2026-11-29", rota["endsOn"]!.GetValue<string>());
        Assert.Equal(8 + 4 + 4 + 8 + 6, rota["rosteredHours"]!.GetValue<double>());
        Assert.Equal(8 + 4 + 6, rota["matchedHours"]!.GetValue<double>());
        Assert.Equal(4, rota["otherHours"]!.GetValue<double>());
        Assert.Equal(8, rota["openHours"]!.GetValue<double>());
        Assert.Equal(18.0 / 30, rota["continuity"]!.GetValue<double>(), 6);
        Assert.Equal(18, rota["coveredHours"]!.GetValue<double>());
        Assert.Equal(18, data["person"]!["team"]!["coveredHoursPerWeek"]!.GetValue<double>());
        Assert.Equal("ROTA", data["person"]!["team"]!["coveredHoursFrom"]!.GetValue<string>());
        Assert.Single(rota["openShifts"]!.AsArray());
        var shifts = rota["shifts"]!.AsArray();
        Assert.Equal(5, shifts.Count);
        var sleepIn = shifts.Single(s => s!["kind"]!.GetValue<string>() == "SLEEP_IN")!;
        Assert.Equal(("22:00", "08:00", true, 4.0), (sleepIn["start"]!.GetValue<string>(), sleepIn["end"]!.GetValue<string>(), sleepIn["endsNextDay"]!.GetValue<bool>(), sleepIn["hours"]!.GetValue<double>()));
        Assert.Equal("INDUCTION", shifts.Single(s => s!["colleague"]?["id"]?.GetValue<string>() == jo)!["stage"]!.GetValue<string>());
        var clash = Assert.Single(rota["clashes"]!.AsArray())!;
        Assert.Equal("DOUBLE_BOOKED", clash["kind"]!.GetValue<string>());
        Assert.Contains(clashing, new[] { clash["shiftId"]!.GetValue<string>(), clash["otherShiftId"]!.GetValue<string>() });
        Assert.Equal("Alex is on two overlapping shifts in the team around Sam: Mon 2026-11-23 22:00–08:00 (next day) and Tue 2026-11-24 07:00–13:00.", clash["message"]!.GetValue<string>());
        Assert.Equal("Alex", clash["colleague"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_other_week_of_the_rota_is_asked_for_by_any_day_in_it_and_an_empty_one_has_no_continuity()
    {
        var (_, person, alex) = await RotaTeamAsync();
        await AddShiftAsync(person, "2026-12-02", "08:00", "16:00", alex);

        var data = await Client.DataAsync(
            "query ($p: ID!) { person(id: $p) { team { coveredHoursFrom next: rota(week: \"2026-12-04\") { week rosteredHours continuity shifts { day } } now: rota { week rosteredHours continuity shifts { id } } } } }",
            new { p = person });

        var team = data["person"]!["team"]!;
        Assert.Equal("2026-11-30", team["next"]!["week"]!.GetValue<string>());
        Assert.Equal(1, team["next"]!["continuity"]!.GetValue<double>());
        Assert.Equal("2026-11-23", team["now"]!["week"]!.GetValue<string>());
        Assert.Null(team["now"]!["continuity"]);
        Assert.Empty(team["now"]!["shifts"]!.AsArray());
        Assert.Equal("ALLOCATED_HOURS", team["coveredHoursFrom"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_pattern_set_and_applied_fills_weeks_once_and_says_which_it_left_alone()
    {
        var (_, person, alex) = await RotaTeamAsync();
        var pattern = await Client.DataAsync(
            "mutation ($input: SetRotaPatternInput!) { setRotaPattern(input: $input) { number weeks startsOn person { id } shifts { week weekday start end kind colleague { id } } } }",
            new
            {
                input = new
                {
                    personId = person,
                    weeks = 2,
                    startsOn = "2026-11-25",
                    shifts = new object[]
                    {
                        new { week = 1, weekday = "MONDAY", start = "08:00", end = "16:00", colleagueId = alex },
                        new { week = 1, weekday = "FRIDAY", start = "22:00", end = "07:00", kind = "WAKING_NIGHT", colleagueId = alex },
                        new { week = 2, weekday = "TUESDAY", start = "08:00", end = "16:00" },
                    },
                },
            });
        const string Apply = "mutation ($input: ApplyRotaPatternInput!) { applyRotaPattern(input: $input) { patternNumber from weeks filledWeeks skippedWeeks { week reason } shiftsAdded rota { week rosteredHours openShifts { day } shifts { fromPattern } } } }";

        var first = (await Client.DataAsync(Apply, new { input = new { personId = person, from = "2026-11-24", weeks = 2, clientMutationId = "apply-1" } }))["applyRotaPattern"]!;
        var retried = (await Client.DataAsync(Apply, new { input = new { personId = person, from = "2026-11-24", weeks = 2, clientMutationId = "apply-1" } }))["applyRotaPattern"]!;
        var again = (await Client.DataAsync(Apply, new { input = new { personId = person, from = "2026-11-30", weeks = 2 } }))["applyRotaPattern"]!;

        Assert.Equal("2026-11-23", pattern["setRotaPattern"]!["startsOn"]!.GetValue<string>());
        Assert.Equal(3, pattern["setRotaPattern"]!["shifts"]!.AsArray().Count);
        Assert.Equal(["2026-11-23", "2026-11-30"], first["filledWeeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal(3, first["shiftsAdded"]!.GetValue<int>());
        Assert.Equal([8 + 9, 8], first["rota"]!.AsArray().Select(w => w!["rosteredHours"]!.GetValue<double>()));
        Assert.Equal("2026-12-01", first["rota"]![1]!["openShifts"]![0]!["day"]!.GetValue<string>());
        Assert.Equal(first.ToJsonString(), retried.ToJsonString());
        Assert.Equal(["2026-12-07"], again["filledWeeks"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal("2026-11-30", again["skippedWeeks"]![0]!["week"]!.GetValue<string>());
        Assert.Contains("filled from pattern 1 already", again["skippedWeeks"]![0]!["reason"]!.GetValue<string>());
        Assert.All(first["rota"]![0]!["shifts"]!.AsArray(), s => Assert.Equal(1, s!["fromPattern"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Rota_refusals_come_back_as_errors_with_codes_and_change_nothing()
    {
        var (organisation, person, alex) = await RotaTeamAsync();
        var jo = await StaffAsync(organisation, "Jo");
        await MatchAsync(person, jo, "INDUCTION");
        var candidate = await StaffAsync(organisation, "Candidate");
        await MatchAsync(person, candidate, "OFFERED");
        var shift = await AddShiftAsync(person, "2026-11-26", "08:00", "16:00", alex);

        var (notMember, notMemberMessage) = await Client.ErrorAsync("mutation ($p: ID!, $s: ID!) { addShift(input: { personId: $p, day: \"2026-11-26\", start: \"08:00\", end: \"16:00\", colleagueId: $s }) { id } }", new { p = person, s = candidate });
        var (alone, aloneMessage) = await Client.ErrorAsync("mutation ($p: ID!, $s: ID!) { addShift(input: { personId: $p, day: \"2026-11-27\", start: \"08:00\", end: \"16:00\", colleagueId: $s }) { id } }", new { p = person, s = jo });
        var (_, badTime) = await Client.ErrorAsync("mutation ($p: ID!) { addShift(input: { personId: $p, day: \"2026-11-27\", start: \"8 o'clock\", end: \"16:00\" }) { id } }", new { p = person });
        var (unknown, _) = await Client.ErrorAsync("mutation { cancelShift(input: { shiftId: \"sh9-nobody\" }) { id } }");
        var (patternWeeks, _) = await Client.ErrorAsync("mutation ($p: ID!) { setRotaPattern(input: { personId: $p, weeks: 9, shifts: [{ weekday: MONDAY, start: \"08:00\", end: \"16:00\" }] }) { number } }", new { p = person });
        var (noPattern, _) = await Client.ErrorAsync("mutation ($p: ID!) { applyRotaPattern(input: { personId: $p, from: \"2026-11-30\", weeks: 2 }) { shiftsAdded } }", new { p = person });
        await Client.DataAsync("mutation ($s: ID!) { cancelShift(input: { shiftId: $s, reason: \"Sam is away\" }) { id } }", new { s = shift });
        var (twice, twiceMessage) = await Client.ErrorAsync("mutation ($s: ID!) { cancelShift(input: { shiftId: $s }) { id } }", new { s = shift });
        var week = await Client.DataAsync("query ($p: ID!) { person(id: $p) { team { rota { shifts { id } cancelledShifts { id cancelled { reason } } pattern { number } } } } }", new { p = person });

        Assert.Equal("INVALID_INPUT", notMember);
        Assert.Contains("Candidate is not in the team around Sam (their match is at OFFERED)", notMemberMessage);
        Assert.Equal("INVALID_INPUT", alone);
        Assert.Contains("Jo is at INDUCTION", aloneMessage);
        Assert.Contains("shadow shift", aloneMessage);
        Assert.Contains("expected a time of day such as \"08:00\"", badTime);
        Assert.Equal("NOT_FOUND", unknown);
        Assert.Equal("INVALID_INPUT", patternWeeks);
        Assert.Equal("INVALID_TRANSITION", noPattern);
        Assert.Equal("INVALID_TRANSITION", twice);
        Assert.Contains(shift, twiceMessage);
        var rota = week["person"]!["team"]!["rota"]!;
        Assert.Empty(rota["shifts"]!.AsArray());
        Assert.Equal("Sam is away", Assert.Single(rota["cancelledShifts"]!.AsArray())!["cancelled"]!["reason"]!.GetValue<string>());
        Assert.Null(rota["pattern"]);
    }

    [Fact]
    public async Task A_swap_is_proposed_by_the_colleague_on_the_shift_and_taken_by_another_member()
    {
        var (organisation, person, alex) = await RotaTeamAsync();
        var kim = await StaffAsync(organisation, "Kim");
        await MatchAsync(person, kim, "MATCHED");
        var shift = await AddShiftAsync(person, "2026-11-27", "08:00", "16:00", alex);

        var proposed = await Client.DataAsync(
            "mutation ($s: ID!, $a: ID!, $k: ID!) { proposeShiftSwap(input: { shiftId: $s, proposedBy: $a, wantedColleagueId: $k, note: \"Family wedding\", clientMutationId: \"swap-1\" }) { id status wanted { id } shift { id colleague { id } } } }",
            new { s = shift, a = alex, k = kim });
        var swap = proposed["proposeShiftSwap"]!["id"]!.GetValue<string>();
        var (own, _) = await Client.ErrorAsync("mutation ($w: ID!, $a: ID!) { acceptShiftSwap(input: { swapId: $w, acceptedBy: $a }) { id } }", new { w = swap, a = alex });
        var accepted = await Client.DataAsync(
            "mutation ($w: ID!, $k: ID!) { acceptShiftSwap(input: { swapId: $w, acceptedBy: $k }) { status outcome decidedBy { id } proposedBy { id } shift { colleague { id } history { what } } } }",
            new { w = swap, k = kim });
        var week = await Client.DataAsync("query ($p: ID!) { person(id: $p) { team { rota { swaps { id status note } } } } }", new { p = person });

        Assert.Equal("PROPOSED", proposed["proposeShiftSwap"]!["status"]!.GetValue<string>());
        Assert.Equal(alex, proposed["proposeShiftSwap"]!["shift"]!["colleague"]!["id"]!.GetValue<string>());
        Assert.Equal("INVALID_INPUT", own);
        var taken = accepted["acceptShiftSwap"]!;
        Assert.Equal("ACCEPTED", taken["status"]!.GetValue<string>());
        Assert.Equal(kim, taken["decidedBy"]!["id"]!.GetValue<string>());
        Assert.Equal(kim, taken["shift"]!["colleague"]!["id"]!.GetValue<string>());
        Assert.Equal(["ADDED", "SWAPPED"], taken["shift"]!["history"]!.AsArray().Select(e => e!["what"]!.GetValue<string>()));
        var kept = Assert.Single(week["person"]!["team"]!["rota"]!["swaps"]!.AsArray())!;
        Assert.Equal(("ACCEPTED", "Family wedding"), (kept["status"]!.GetValue<string>(), kept["note"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_team_leader_opens_a_shift_and_gives_it_to_another_colleague()
    {
        var (organisation, person, alex) = await RotaTeamAsync();
        var kim = await StaffAsync(organisation, "Kim");
        await MatchAsync(person, kim, "MATCHED");
        var leader = await StaffAsync(organisation, "Lee", isLeader: true);
        var shift = await AddShiftAsync(person, "2026-11-28", "08:00", "16:00", alex);

        var opened = await Client.DataAsync("mutation ($s: ID!, $l: ID!) { assignShift(input: { shiftId: $s, colleagueId: null, byStaffId: $l }) { isOpen colleague { id } } }", new { s = shift, l = leader });
        var given = await Client.DataAsync("mutation ($s: ID!, $k: ID!, $l: ID!) { assignShift(input: { shiftId: $s, colleagueId: $k, byStaffId: $l }) { isOpen colleague { id } history { what by { id } colleague { id } } } }", new { s = shift, k = kim, l = leader });

        Assert.True(opened["assignShift"]!["isOpen"]!.GetValue<bool>());
        Assert.Null(opened["assignShift"]!["colleague"]);
        Assert.Equal(kim, given["assignShift"]!["colleague"]!["id"]!.GetValue<string>());
        var history = given["assignShift"]!["history"]!.AsArray();
        Assert.Equal(["ADDED", "OPENED", "ASSIGNED"], history.Select(e => e!["what"]!.GetValue<string>()));
        Assert.Equal(leader, history[2]!["by"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_size_check_reads_covered_hours_from_the_rota_where_the_team_has_one()
    {
        var (organisation, person, alex) = await RotaTeamAsync(allocated: 40);
        var before = await SizeCheckAsync(organisation);
        await AddShiftAsync(person, "2026-11-24", "08:00", "16:00", alex);
        await AddShiftAsync(person, "2026-11-25", "08:00", "16:00", alex);

        var after = await SizeCheckAsync(organisation);
        var nextWeek = await SizeCheckAsync(organisation, asOf: "2026-12-01");

        Assert.DoesNotContain("FUNDED_HOURS_GAP", Codes(before));
        var gap = after["organisation"]!["sizeCheck"]!["findings"]!.AsArray().Single(f => f!["code"]!.GetValue<string>() == "FUNDED_HOURS_GAP")!;
        Assert.Equal(16, gap["actual"]!.GetValue<double>());
        Assert.Contains("Sam: 16 of 40 funded hours", gap["message"]!.GetValue<string>());
        Assert.DoesNotContain("FUNDED_HOURS_GAP", Codes(nextWeek));
    }

    [Fact]
    public async Task A_colleague_sees_their_shifts_in_every_team_with_the_clash_between_them()
    {
        var (organisation, sam, alex) = await RotaTeamAsync();
        var kai = await PersonAsync(organisation, "Kai");
        await MatchAsync(kai, alex, "MATCHED");
        await AddShiftAsync(sam, "2026-11-29", "22:00", "07:00", alex, kind: "WAKING_NIGHT");
        await AddShiftAsync(kai, "2026-11-30", "06:00", "14:00", alex);
        await AddShiftAsync(kai, "2026-12-10", "06:00", "14:00", alex);

        var data = await Client.DataAsync("query ($s: ID!) { staffMember(id: $s) { shifts { day person { name } clashes { kind message otherPerson { name } } } later: shifts(from: \"2026-12-08\", to: \"2026-12-31\") { day } } }", new { s = alex });
        var (tooLong, _) = await Client.ErrorAsync("query ($s: ID!) { staffMember(id: $s) { shifts(from: \"2026-01-01\", to: \"2027-06-01\") { day } } }", new { s = alex });

        var shifts = data["staffMember"]!["shifts"]!.AsArray();
        Assert.Equal(["2026-11-29", "2026-11-30"], shifts.Select(s => s!["day"]!.GetValue<string>()));
        Assert.Equal(["Sam", "Kai"], shifts.Select(s => s!["person"]!["name"]!.GetValue<string>()));
        var clash = Assert.Single(shifts[0]!["clashes"]!.AsArray())!;
        Assert.Equal("Kai", clash["otherPerson"]!["name"]!.GetValue<string>());
        Assert.Equal("Alex is rostered in two places at once: Sun 2026-11-29 22:00–07:00 (next day) with Sam and Mon 2026-11-30 06:00–14:00 with Kai.", clash["message"]!.GetValue<string>());
        Assert.Equal(["2026-12-10"], data["staffMember"]!["later"]!.AsArray().Select(s => s!["day"]!.GetValue<string>()));
        Assert.Equal("INVALID_INPUT", tooLong);
    }

    private async Task<(string Organisation, string Person, string Alex)> RotaTeamAsync(double allocated = 0)
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation, funded: 40);
        var alex = await StaffAsync(organisation);
        var match = await MatchAsync(person, alex, "MATCHED");
        if (allocated > 0)
        {
            await Client.DataAsync("mutation ($m: ID!, $h: Float!) { allocateHours(input: { matchId: $m, hoursPerWeek: $h }) { id } }", new { m = match, h = allocated });
        }

        return (organisation, person, alex);
    }

    [Fact]
    public async Task A_colleague_whose_match_ends_keeps_next_weeks_shift_shown_as_not_in_the_team()
    {
        var (organisation, person, _) = await RotaTeamAsync();
        var kim = await StaffAsync(organisation, "Kim");
        var match = await MatchAsync(person, kim, "MATCHED");
        var shift = await AddShiftAsync(person, "2026-12-02", "08:00", "16:00", kim);
        await Client.DataAsync("mutation ($m: ID!) { endMatch(input: { matchId: $m, reason: \"Moved away\" }) { stage } }", new { m = match });

        var rota = (await Client.DataAsync(
            "query ($p: ID!) { person(id: $p) { team { rota(week: \"2026-12-02\") { clashes { kind shiftId message colleague { name } } } } } }", new { p = person }))["person"]!["team"]!["rota"]!;

        var clash = Assert.Single(rota["clashes"]!.AsArray())!;
        Assert.Equal(("NOT_IN_TEAM", shift, "Kim"), (clash["kind"]!.GetValue<string>(), clash["shiftId"]!.GetValue<string>(), clash["colleague"]!["name"]!.GetValue<string>()));
        Assert.Equal("Kim is rostered Wed 2026-12-02 08:00–16:00 with Sam but is no longer in the team around Sam: their match ended on 2026-11-24. Give the shift to a member of the team or leave it open.",
            clash["message"]!.GetValue<string>());
    }

    private async Task<string> AddShiftAsync(string personId, string day, string start, string end, string? colleagueId, string kind = "DAY")
    {
        var data = await Client.DataAsync(
            "mutation ($input: AddShiftInput!) { addShift(input: $input) { id day kind colleague { id } } }",
            new { input = new { personId, day, start, end, kind, colleagueId } });
        Assert.Equal(day, data["addShift"]!["day"]!.GetValue<string>());
        return data["addShift"]!["id"]!.GetValue<string>();
    }
}
