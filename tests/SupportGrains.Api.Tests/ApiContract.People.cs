namespace SupportGrains.Api.Tests;

public abstract partial class ApiContract<TFixture>
{
    [Fact]
    public async Task Knowing_is_recorded_both_ways_and_shows_on_people_and_staff()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation);
        var alex = await StaffAsync(organisation, "Alex");
        var jo = await StaffAsync(organisation, "Jo");

        await Client.DataAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-11-01\" }) { id } }", new { s = alex, p = person });
        await Client.DataAsync("mutation ($s: ID!, $c: ID!) { recordKnows(input: { staffId: $s, colleagueId: $c, lastTogetherOn: \"2026-11-02\" }) { id } }", new { s = alex, c = jo });
        var data = await Client.DataAsync("query ($p: ID!, $j: ID!) { person(id: $p) { knownBy { name } } staffMember(id: $j) { knowsStaff { name } } }", new { p = person, j = jo });

        Assert.Equal("Alex", data["person"]!["knownBy"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("Alex", data["staffMember"]!["knowsStaff"]![0]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Knows_needs_exactly_one_of_person_or_colleague_and_writes_nothing_when_refused()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation);
        var alex = await StaffAsync(organisation, "Alex");

        var (both, _) = await Client.ErrorAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, colleagueId: $s, lastTogetherOn: \"2026-11-01\" }) { id } }", new { s = alex, p = person });
        var (missing, message) = await Client.ErrorAsync("mutation ($s: ID!) { recordKnows(input: { staffId: $s, personId: \"p-missing\", lastTogetherOn: \"2026-11-01\" }) { id } }", new { s = alex });
        var data = await Client.DataAsync("query ($s: ID!) { staffMember(id: $s) { knows { id } } }", new { s = alex });

        Assert.Equal("INVALID_INPUT", both);
        Assert.Equal("NOT_FOUND", missing);
        Assert.Contains("p-missing", message);
        Assert.Empty(data["staffMember"]!["knows"]!.AsArray());
    }

    [Fact]
    public async Task Funded_hours_can_be_changed_but_not_below_zero()
    {
        var organisation = await OrganisationAsync();
        var person = await PersonAsync(organisation, funded: 40);

        var changed = await Client.DataAsync("mutation ($p: ID!) { setFundedHours(personId: $p, hoursPerWeek: 56) { fundedHoursPerWeek team { fundedHoursPerWeek } } }", new { p = person });
        var (code, _) = await Client.ErrorAsync("mutation ($p: ID!) { setFundedHours(personId: $p, hoursPerWeek: -1) { id } }", new { p = person });
        var (unknown, _) = await Client.ErrorAsync("mutation { setFundedHours(personId: \"p-nobody\", hoursPerWeek: 5) { id } }");

        Assert.Equal(56, changed["setFundedHours"]!["fundedHoursPerWeek"]!.GetValue<double>());
        Assert.Equal(56, changed["setFundedHours"]!["team"]!["fundedHoursPerWeek"]!.GetValue<double>());
        Assert.Equal("INVALID_INPUT", code);
        Assert.Equal("NOT_FOUND", unknown);
    }

    [Fact]
    public async Task Availability_applies_inside_its_window_and_every_change_is_kept()
    {
        var organisation = await OrganisationAsync();
        var alex = await StaffAsync(organisation, "Alex");

        await Client.DataAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: ON_LEAVE, from: \"2026-11-20\", until: \"2026-11-24\", note: \"Holiday\" }) { id } }", new { s = alex });
        var onLeave = await Client.DataAsync("query ($s: ID!) { staffMember(id: $s) { availability { status from until note } } }", new { s = alex });
        await Client.DataAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: OFF_SICK, from: \"2026-12-01\" }) { id } }", new { s = alex });
        var later = await Client.DataAsync("query ($s: ID!) { staffMember(id: $s) { availability { status } availabilityHistory { status } } }", new { s = alex });
        var (code, _) = await Client.ErrorAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: ON_LEAVE, from: \"2026-12-10\", until: \"2026-12-01\" }) { id } }", new { s = alex });

        Assert.Equal("ON_LEAVE", onLeave["staffMember"]!["availability"]!["status"]!.GetValue<string>());
        Assert.Equal("2026-11-24", onLeave["staffMember"]!["availability"]!["until"]!.GetValue<string>());
        // The sickness from 1 December does not cover today, so the leave booked for today still decides.
        Assert.Equal("ON_LEAVE", later["staffMember"]!["availability"]!["status"]!.GetValue<string>());
        Assert.Equal(2, later["staffMember"]!["availabilityHistory"]!.AsArray().Count);
        Assert.Equal("INVALID_INPUT", code);
    }

    [Fact]
    public async Task A_leaver_is_no_longer_current_staff()
    {
        var organisation = await OrganisationAsync();
        var alex = await StaffAsync(organisation, "Alex");

        var left = await Client.DataAsync("mutation ($s: ID!) { staffLeaves(input: { staffId: $s, leftOn: \"2026-11-01\", reason: \"Retired\" }) { leftOn leavingReason } }", new { s = alex });
        var data = await Client.DataAsync("query ($o: ID!) { organisation(id: $o) { staff { id } all: staff(includeLeavers: true) { id } } }", new { o = organisation });

        Assert.Equal("Retired", left["staffLeaves"]!["leavingReason"]!.GetValue<string>());
        Assert.Empty(data["organisation"]!["staff"]!.AsArray());
        Assert.Single(data["organisation"]!["all"]!.AsArray());
    }

    [Fact]
    public async Task Who_knows_everyone_and_the_knows_gaps_are_answered()
    {
        var organisation = await OrganisationAsync();
        var sam = await PersonAsync(organisation, "Sam");
        var jo = await PersonAsync(organisation, "Jo");
        var leader = await StaffAsync(organisation, "Pat", isLeader: true);
        await StaffAsync(organisation, "Alex");
        await Client.DataAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-11-20\" }) { id } }", new { s = leader, p = sam });
        await Client.DataAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-09-01\" }) { id } }", new { s = leader, p = jo });

        // An older day recorded afterwards never replaces a newer one.
        await Client.DataAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-08-01\" }) { id } }", new { s = leader, p = jo });
        var data = await Client.DataAsync("query ($o: ID!) { organisation(id: $o) { whoKnowsEveryone { name } knowsGaps { staff { name } person { name } lastTogetherOn } } }", new { o = organisation });

        Assert.Equal(["Pat"], data["organisation"]!["whoKnowsEveryone"]!.AsArray().Select(s => s!["name"]!.GetValue<string>()));
        var gap = Assert.Single(data["organisation"]!["knowsGaps"]!.AsArray())!;
        Assert.Equal("Jo", gap["person"]!["name"]!.GetValue<string>());
        Assert.Equal("2026-09-01", gap["lastTogetherOn"]!.GetValue<string>());
    }
}
