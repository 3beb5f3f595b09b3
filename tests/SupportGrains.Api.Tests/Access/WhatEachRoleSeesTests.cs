using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// What each role sees of the records it may read: lists hold only the people and colleagues the
/// user works with, and a colleague's sickness notes are left out for everyone but the colleague,
/// their team leaders and directors, who all still see that the colleague is off sick.
/// </summary>
public sealed class WhatEachRoleSeesTests(SensitiveWorldFixture fixture) : IClassFixture<SensitiveWorldFixture>
{
    private const string Availability = "query ($s: ID!) { staffMember(id: $s) { availability { status note } availabilityHistory { status note } } }";

    private AccessWorld World => fixture.World;

    [Fact]
    public async Task A_colleague_their_team_leader_and_a_director_read_the_sickness_notes()
    {
        foreach (var reader in new[] { World[Role.StaffInTheTeam], World[Role.LeaderOfTheTeam], World[Role.Director] })
        {
            var wren = (await reader.Client.DataAsync(Availability, new { s = World.Wren }))["staffMember"]!;

            Assert.Equal(("OFF_SICK", SensitiveWorldFixture.SicknessNote), (wren["availability"]!["status"]!.GetValue<string>(), wren["availability"]!["note"]?.GetValue<string>()));
            Assert.Equal([SensitiveWorldFixture.EarlierSicknessNote, SensitiveWorldFixture.LeaveNote, SensitiveWorldFixture.SicknessNote], Notes(wren));
        }
    }

    [Fact]
    public async Task A_teammate_and_a_leader_who_knows_the_colleague_see_them_off_sick_without_the_notes()
    {
        foreach (var reader in new[] { World.Teammate, World[Role.LeaderOfAnotherTeam] })
        {
            var wren = (await reader.Client.DataAsync(Availability, new { s = World.Wren }))["staffMember"]!;

            Assert.Equal("OFF_SICK", wren["availability"]!["status"]!.GetValue<string>());
            Assert.Null(wren["availability"]!["note"]);
            Assert.Equal(["OFF_SICK", "ON_LEAVE", "OFF_SICK"], wren["availabilityHistory"]!.AsArray().Select(a => a!["status"]!.GetValue<string>()));

            // Only the sickness notes are left out: a note on leave is no personal matter.
            Assert.Equal([null, SensitiveWorldFixture.LeaveNote, null], Notes(wren));
        }
    }

    [Fact]
    public async Task A_staff_member_lists_only_the_people_and_colleagues_they_work_with()
    {
        var seen = await ListsAsync(World[Role.StaffInTheTeam]);

        // Wren is in Sam's team (with Wyn, led by Lee) and Pat's, knows Kit, and Lou knows her.
        Assert.Equal(Sorted(World.Sam, World.Kit, fixture.Pat), seen.People);
        Assert.Equal(Sorted(World.Wren, World.Wyn, World.Lee, World.Lou), seen.Staff);
        Assert.Equal(Sorted(World.Sam, World.Kit, fixture.Pat), seen.Teams);
    }

    [Fact]
    public async Task A_team_leader_lists_the_teams_they_lead_and_whom_they_know_and_a_director_lists_everyone()
    {
        var lee = await ListsAsync(World[Role.LeaderOfTheTeam]);
        var lou = await ListsAsync(World[Role.LeaderOfAnotherTeam]);
        var director = await ListsAsync(World[Role.Director]);

        Assert.Equal(Sorted(World.Sam), lee.People);
        Assert.Equal(Sorted(World.Lee, World.Wren, World.Wyn), lee.Staff);
        Assert.Equal(Sorted(World.Jo, World.Sam), lou.People);
        Assert.Equal(Sorted(World.Lou, World.Wes, World.Wren), lou.Staff);
        Assert.Equal(Sorted(World.Sam, World.Jo, World.Kit, World.Ola, fixture.Pat), director.People);
        Assert.Equal(Sorted(World.Lee, World.Lou, World.Wren, World.Wyn, World.Wes), director.Staff);
    }

    [Fact]
    public async Task A_staff_member_reads_their_own_team_without_the_candidates_being_recruited_for_it()
    {
        var staff = await World[Role.StaffInTheTeam].Client.DataAsync(
            "query ($p: ID!) { person(id: $p) { matches { stage staff { id } } team { members { staff { id } } } } }", new { p = World.Sam });
        var leader = await World[Role.LeaderOfTheTeam].Client.DataAsync(
            "query ($p: ID!) { person(id: $p) { matches { stage staff { id } } } }", new { p = World.Sam });

        Assert.Equal(Sorted(World.Wren, World.Wyn), staff["person"]!["matches"]!.AsArray().Select(m => m!["staff"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(Sorted(World.Wren, World.Wyn), staff["person"]!["team"]!["members"]!.AsArray().Select(m => m!["staff"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(Sorted(World.Wren, World.Wyn, World.Cora), leader["person"]!["matches"]!.AsArray().Select(m => m!["staff"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_leader_who_knows_a_person_reads_their_team_and_rota_with_only_the_colleagues_they_may_read()
    {
        // Lou knows Sam and Wren, not Wyn: Wyn's membership, clash and swap are left out, not an error.
        var lou = await World[Role.LeaderOfAnotherTeam].Client.DataAsync(
            "query ($p: ID!) { person(id: $p) { team { members { staff { id } } rota { clashes { colleague { id } } swaps { proposedBy { id } } shifts { colleague { id } clashes { colleague { id } } } } } } }",
            new { p = World.Sam });
        var director = await World.Director.DataAsync(
            "query ($p: ID!) { person(id: $p) { team { members { staff { id } } rota { clashes { colleague { id } } swaps { proposedBy { id } } } } } }", new { p = World.Sam });

        var team = lou["person"]!["team"]!;
        Assert.Equal([World.Wren], MemberIds(team["members"]!));
        Assert.Equal([World.Wren], team["rota"]!["clashes"]!.AsArray().Select(c => c!["colleague"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Empty(team["rota"]!["swaps"]!.AsArray());
        Assert.DoesNotContain(World.Wyn, team["rota"]!["shifts"]!.ToJsonString());
        Assert.Equal(Sorted(World.Wren, World.Wyn), MemberIds(director["person"]!["team"]!["members"]!));
        Assert.Equal(Sorted(World.Wren, World.Wyn), director["person"]!["team"]!["rota"]!["clashes"]!.AsArray().Select(c => c!["colleague"]!["id"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([World.Wyn], director["person"]!["team"]!["rota"]!["swaps"]!.AsArray().Select(s => s!["proposedBy"]!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_colleagues_shifts_show_only_the_teams_the_reader_may_read()
    {
        var teammate = await World.Teammate.Client.DataAsync("query ($s: ID!) { staffMember(id: $s) { shifts { person { id } } } }", new { s = World.Wren });
        var wren = await World[Role.StaffInTheTeam].Client.DataAsync("query ($s: ID!) { staffMember(id: $s) { shifts { person { id } } } }", new { s = World.Wren });

        Assert.Equal([World.Sam], teammate["staffMember"]!["shifts"]!.AsArray().Select(s => s!["person"]!["id"]!.GetValue<string>()));
        Assert.Equal(Sorted(World.Sam, fixture.Pat), wren["staffMember"]!["shifts"]!.AsArray().Select(s => s!["person"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    private async Task<(IReadOnlyList<string> People, IReadOnlyList<string> Staff, IReadOnlyList<string> Teams)> ListsAsync(RoleAccount reader)
    {
        var organisation = (await reader.Client.DataAsync("query ($a: ID!) { organisation(id: $a) { people { id } staff { id } teams { person { id } } } }", new { a = World.Organisation }))["organisation"]!;
        return (Ids(organisation["people"]!), Ids(organisation["staff"]!), [.. organisation["teams"]!.AsArray().Select(t => t!["person"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal)]);
    }

    private static IReadOnlyList<string> Ids(JsonNode list) => [.. list.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> MemberIds(JsonNode members) => [.. members.AsArray().Select(m => m!["staff"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string?> Notes(JsonNode staff) => [.. staff["availabilityHistory"]!.AsArray().Select(a => a!["note"]?.GetValue<string>())];
}
