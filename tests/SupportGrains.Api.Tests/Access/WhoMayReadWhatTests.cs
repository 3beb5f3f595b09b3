using System.Net;
using static SupportGrains.Api.Tests.Access.Role;

namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// Who may read what (issue 10): every sensitive field and every kind of record, for every role.
/// Allowed, the answer has what was asked for; refused, FORBIDDEN naming what was refused (HTTP 401
/// without an account). The records: Sam (team led by Lee; Wren in it; Lou knows Sam), Jo (team led
/// by Lou), Ola (nobody works with), Bea (organisation B), Wren (off sick), Wes (Jo's team), Cora (a
/// candidate matched to Sam's team).
/// </summary>
public sealed class WhoMayReadWhatTests(SensitiveWorldFixture fixture) : IClassFixture<SensitiveWorldFixture>
{
    private static readonly Role[] Leaders = [LeaderOfTheTeam, LeaderOfAnotherTeam, Director];

    /// <summary>What is read, the roles that may read it, and what the answer must show to them (and a refusal name).</summary>
    private static readonly Dictionary<string, (string Query, Role[] Allowed, string Shows, Func<AccessWorld, string> Names)> MayRead = new()
    {
        ["Sam's relationship circle"] = ("query ($sam: ID!) { person(id: $sam) { relationships { name } } }", [LeaderOfTheTeam, Director], "Mum", w => w.Sam),
        ["Sam's history"] = ("query ($sam: ID!) { person(id: $sam) { history { section description } } }", [LeaderOfTheTeam, Director], "Sunday calls", w => w.Sam),
        ["Sam's record"] = ("query ($sam: ID!) { person(id: $sam) { name profile { importantToMe } } }", [StaffInTheTeam, LeaderOfTheTeam, LeaderOfAnotherTeam, Director], "Sunday calls", w => w.Sam),
        ["Jo's record"] = ("query ($jo: ID!) { person(id: $jo) { name } }", [LeaderOfAnotherTeam, Director], "Jo", w => w.Jo),
        ["Ola's record"] = ("query ($ola: ID!) { person(id: $ola) { name } }", [Director], "Ola", w => w.Ola),
        ["Bea's record"] = ("query ($bea: ID!) { person(id: $bea) { name } }", [DirectorElsewhere], "Bea", w => w.Bea),
        ["Wren's record"] = ("query ($wren: ID!) { staffMember(id: $wren) { name availability { status } } }", [StaffInTheTeam, LeaderOfTheTeam, LeaderOfAnotherTeam, Director], "OFF_SICK", w => w.Wren),
        ["Wes's record"] = ("query ($wes: ID!) { staffMember(id: $wes) { name } }", [LeaderOfAnotherTeam, Director], "Wes", w => w.Wes),
        ["Jo's team"] = ("query ($joTeam: ID!) { team(id: $joTeam) { person { name } } }", [LeaderOfAnotherTeam, Director], "Jo", w => w.Jo),
        ["Jo's match"] = ("query ($josMatch: ID!) { match(id: $josMatch) { stage } }", [LeaderOfAnotherTeam, Director], "MATCHED", w => w.JosMatchWithWes),
        ["what is due to Wren"] = ("query ($wren: ID!) { staffMember(id: $wren) { due(within: 60) { kind } } }", [StaffInTheTeam, LeaderOfTheTeam, Director], "REVIEW", w => w.Wren),
        ["Cora's contact details"] = ("query ($cora: ID!) { staffMember(id: $cora) { contact { email phone } } }", [LeaderOfTheTeam, Director], "cora@example.org", w => w.Cora),
        ["the candidates"] = ("query ($a: ID!) { organisation(id: $a) { candidates { name contact { email } } } }", [Director], "cora@example.org", w => w.Organisation),
        ["the size check"] = ("query ($a: ID!) { organisation(id: $a) { sizeCheck(adding: 1) { status } } }", [Director], "status", w => w.Organisation),
        ["a growth plan"] = ("query ($a: ID!) { organisation(id: $a) { growthPlan(adding: 1, by: \"2027-06-01\") { status } } }", [Director], "status", w => w.Organisation),
        ["a growth plan by organisation"] = ("query ($a: ID!) { growthPlan(organisationId: $a, adding: 1, by: \"2027-06-01\") { status } }", [Director], "status", w => w.Organisation),
        ["the workforce figures"] = ("query ($a: ID!) { organisation(id: $a) { workforce { postsFilled } } }", [Director], "postsFilled", w => w.Organisation),
        ["who knows everyone"] = ("query ($a: ID!) { organisation(id: $a) { whoKnowsEveryone(includeStaff: true) { id } } }", Leaders, "whoKnowsEveryone", w => w.Organisation),
        ["the knows gaps"] = ("query ($a: ID!) { organisation(id: $a) { knowsGaps(leadersOnly: false) { kind } } }", Leaders, "knowsGaps", w => w.Organisation),
        ["what is due across the organisation"] = ("query ($a: ID!) { organisation(id: $a) { due(within: 60) { kind } } }", Leaders, "LEADER_CONTACT", w => w.Organisation),
        ["what is due by organisation"] = ("query ($a: ID!) { due(organisationId: $a, within: 60) { kind } }", Leaders, "LEADER_CONTACT", w => w.Organisation),
        ["what was recorded as due"] = ("query ($a: ID!) { organisation(id: $a) { recordedDue(includeDone: true) { done } } }", Leaders, "recordedDue", w => w.Organisation),
        ["the audit trail"] = ("query ($a: ID!) { auditTrail(organisationId: $a, first: 1) { entries { operation } } }", [Director], "operation", w => w.Organisation),
    };

    private AccessWorld World => fixture.World;

    public static TheoryData<string, Role> Cases()
    {
        var cases = new TheoryData<string, Role>();
        foreach (var read in MayRead.Keys)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                cases.Add(read, role);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_record_or_sensitive_field_is_read_only_by_the_roles_of_its_row(string read, Role role)
    {
        var (query, allowed, shows, names) = MayRead[read];

        var answer = await GraphQLAnswer.PostAsync(World[role].Client, query, Variables());

        var said = $"{read} as {role}: {answer.Body.ToJsonString()}";
        if (allowed.Contains(role))
        {
            Assert.True(answer.Error is null, said);
            Assert.Contains(shows, answer.Data!.ToJsonString());
        }
        else if (role == Unsigned)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal("UNAUTHENTICATED", answer.Code);
        }
        else
        {
            Assert.True(answer.Code == "FORBIDDEN", said);
            Assert.Contains(names(World), answer.Message!);
            Assert.DoesNotContain(shows, answer.Data?.ToJsonString() ?? "");
        }
    }

    private object Variables() => new
    {
        a = World.Organisation,
        sam = World.Sam,
        jo = World.Jo,
        ola = World.Ola,
        bea = World.Bea,
        wren = World.Wren,
        wes = World.Wes,
        cora = World.Cora,
        josMatch = World.JosMatchWithWes,
        joTeam = "team-" + World.Jo,
    };
}
