using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>
/// An organisation with something of everything (people and their profiles, colleagues, a candidate,
/// matches at several stages with reviews, shadow shifts and hours, knows links, availability, a
/// rota, an account of a colleague, and the audit trail all that wrote), and a fixed set of questions
/// about it whose answers are kept as the bytes the API sent: two instances holding the same data
/// answer them byte for byte the same.
/// </summary>
public static class OrganisationAnswers
{
    /// <summary>The questions, each one request (the variable $o is the organisation, $p its first person).</summary>
    public static readonly IReadOnlyList<(string Name, string Query)> Questions =
    [
        ("people and colleagues", """
            query ($o: ID!) { organisation(id: $o) { id name startedOn fundedPosts
              people { id name fundedHoursPerWeek knownBy { id }
                matches { id stage staff { id } history { stage note } latestReview { on perspective working notWorking actions } } }
              staff(includeLeavers: true) { id name role availability { status until } availabilityHistory { status } knows { id } knowsStaff { id } } } }
            """),
        ("size check", "query ($o: ID!) { organisation(id: $o) { sizeCheck(adding: 1) { status peopleSupported findings { code status message limit actual people { name } staff { name } } } } }"),
        ("who knows everyone", "query ($o: ID!) { organisation(id: $o) { whoKnowsEveryone(includeStaff: true) { name role } knowsGaps(leadersOnly: false) { kind lastTogetherOn staff { name } person { name } } } }"),
        ("workforce", "query ($o: ID!) { organisation(id: $o) { workforce { postsTotal postsFilled vacancyRate turnoverRate stabilityIndex averageYearsInPost sicknessDaysPerWorker staffPerPerson } } }"),
        ("due", "query ($o: ID!) { organisation(id: $o) { due(within: 60) { kind dueOn overdue message person { name } staff { name } } recordedDue(includeDone: true) { item { id kind dueOn } recordedOn done } } }"),
        ("growth plan", "query ($o: ID!) { growthPlan(organisationId: $o, adding: 2, by: \"2027-06-01\") { status peopleBy colleaguesToRecruit recruitmentMessage } }"),
        ("team and rota", """
            query ($p: ID!) { person(id: $p) { name team { coveredHoursPerWeek uncoveredHoursPerWeek leaders { name }
              members { staff { name } match { stage } hoursPerWeek }
              rota(week: "2026-11-23") { week rosteredHours matchedHours coveredHours openShifts { day start end kind } clashes { message } shifts { day start end kind colleague { name } } } } } }
            """),
        ("audit trail", "query ($o: ID!) { auditTrail(organisationId: $o, first: 200) { entries { id at username roles operation input target outcome message before after people { id } staff { id } } next } }"),
    ];

    /// <summary>Builds the organisation through the API as <paramref name="admin"/> (who becomes its director); answers its id and its first person's.</summary>
    public static async Task<(string OrganisationId, string PersonId)> BuildAsync(GraphQLClient admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var o = Id(await admin.DataAsync("mutation { createOrganisation(input: { name: \"Moving Small Supports\", startedOn: \"2023-01-10\", fundedPosts: 12, clientMutationId: \"org-1\" }) { id } }"), "createOrganisation");
        var people = new List<string>();
        foreach (var name in new[] { "Sam", "Ali", "Jo" })
        {
            people.Add(Id(await admin.DataAsync("mutation ($o: ID!, $n: String!) { addPerson(input: { organisationId: $o, name: $n, supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 40, clientMutationId: $n }) { id } }", new { o, n = name }), "addPerson"));
        }

        var leader = Id(await admin.DataAsync("mutation ($o: ID!) { addStaffMember(input: { organisationId: $o, name: \"Pat\", role: \"Team leader\", isLeader: true, startedOn: \"2023-02-01\", contractedHoursPerWeek: 37.5 }) { id } }", new { o }), "addStaffMember");
        var staff = new List<string>();
        foreach (var name in new[] { "Alex", "Bo", "Cy" })
        {
            staff.Add(Id(await admin.DataAsync("mutation ($o: ID!, $n: String!) { addStaffMember(input: { organisationId: $o, name: $n, role: \"Support worker\", startedOn: \"2024-01-01\", contractedHoursPerWeek: 30 }) { id } }", new { o, n = name }), "addStaffMember"));
        }

        var candidate = Id(await admin.DataAsync("mutation ($o: ID!, $p: ID!) { addCandidate(input: { organisationId: $o, name: \"Dee\", note: \"Met at the fair\", recruitedForPersonId: $p }) { id } }", new { o, p = people[0] }), "addCandidate");
        var matched = Id(await admin.DataAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: INDUCTION }) { id } }", new { p = people[0], s = staff[0] }), "startMatch");
        await admin.DataAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: MATCHED, note: \"Both said yes\" }) { id } }", new { m = matched });
        await admin.DataAsync("mutation ($m: ID!) { allocateHours(input: { matchId: $m, hoursPerWeek: 24, from: \"2026-11-02\" }) { id } }", new { m = matched });
        await admin.DataAsync("mutation ($m: ID!) { reviewMatch(input: { matchId: $m, on: \"2026-11-20\", perspective: PERSON, working: [\"Walks\"], notWorking: [\"Late starts\"], actions: [\"Earlier rota\"] }) { id } }", new { m = matched });
        await admin.DataAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: INTERESTED }) { id } }", new { p = people[0], s = candidate });
        var inducting = Id(await admin.DataAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: INDUCTION }) { id } }", new { p = people[1], s = staff[1] }), "startMatch");
        await admin.DataAsync("mutation ($m: ID!) { recordShadowShift(matchId: $m, note: \"First shift\") { id } }", new { m = inducting });
        await admin.DataAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: APPLIED }) { id } }", new { p = people[2], s = staff[2] });
        await admin.DataAsync("mutation ($i: SetTeamLeadersInput!) { setTeamLeaders(input: $i) { coveredHoursPerWeek } }", new { i = new { personId = people[0], staffIds = new[] { leader } } });
        foreach (var person in people)
        {
            await admin.DataAsync("mutation ($s: ID!, $p: ID!) { recordKnows(input: { staffId: $s, personId: $p, lastTogetherOn: \"2026-11-10\" }) { id } }", new { s = leader, p = person });
        }

        await admin.DataAsync("mutation ($s: ID!, $c: ID!) { recordKnows(input: { staffId: $s, colleagueId: $c, lastTogetherOn: \"2026-10-01\" }) { id } }", new { s = staff[0], c = staff[1] });
        await admin.DataAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: ON_LEAVE, from: \"2026-11-23\", until: \"2026-11-30\", note: \"Holiday\" }) { id } }", new { s = staff[1] });
        await admin.DataAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: OFF_SICK, from: \"2026-11-20\" }) { id } }", new { s = staff[2] });
        await admin.DataAsync("mutation ($p: ID!) { setProfileSection(input: { personId: $p, section: APPRECIATION, items: [\"Kind\", \"Funny\"] }) { id } }", new { p = people[0] });
        await admin.DataAsync("mutation ($p: ID!, $s: ID!) { addShift(input: { personId: $p, day: \"2026-11-25\", start: \"08:00\", end: \"15:00\", colleagueId: $s }) { id } }", new { p = people[0], s = staff[0] });
        await admin.DataAsync("mutation ($p: ID!) { addShift(input: { personId: $p, day: \"2026-11-26\", start: \"15:00\", end: \"22:00\" }) { id } }", new { p = people[0] });
        await admin.DataAsync("mutation ($o: ID!, $s: ID!) { createAccount(input: { username: \"moving-alex\", password: \"a long enough password\", roles: [STAFF], organisationId: $o, staffId: $s }) { username } }", new { o, s = staff[0] });

        // A refused change is on the trail too.
        await admin.ErrorAsync("mutation ($m: ID!) { advanceMatch(input: { matchId: $m, to: INTERESTED }) { id } }", new { m = matched });
        return (o, people[0]);
    }

    /// <summary>Every question's answer as the bytes of the response body.</summary>
    public static async Task<List<(string Name, string Body)>> AskAsync(HttpClient http, string organisationId, string personId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var answers = new List<(string, string)>();
        foreach (var (name, query) in Questions)
        {
            using var response = await http.PostAsJsonAsync("/graphql", new { query, variables = new { o = organisationId, p = personId } });
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode && JsonNode.Parse(body)!["errors"] is null, $"{name}: HTTP {(int)response.StatusCode}: {body}");
            answers.Add((name, body));
        }

        return answers;
    }

    /// <summary>Asserts two sets of answers are byte for byte the same, naming the first question that differs.</summary>
    public static void AssertSame(List<(string Name, string Body)> expected, List<(string Name, string Body)> actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(expected[i].Body == actual[i].Body, $"\"{expected[i].Name}\" differs:\nbefore: {expected[i].Body}\nafter:  {actual[i].Body}");
        }
    }

    /// <summary>
    /// Asserts the answers after an import are those of before it: every question byte for byte but the
    /// audit trail, which holds the same entries as before plus the imports' own (<paramref name="imports"/>
    /// of them, newest first, by <paramref name="importedBy"/>); answers those entries' messages.
    /// </summary>
    public static IReadOnlyList<string> AssertSameAfterImport(List<(string Name, string Body)> before, List<(string Name, string Body)> after, int imports, string importedBy)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        Assert.Equal(before.Count, after.Count);
        var trail = Questions.Select(q => q.Name).ToList().IndexOf("audit trail");
        AssertSame([.. before.Where((_, i) => i != trail)], [.. after.Where((_, i) => i != trail)]);

        var was = Entries(before[trail].Body);
        var now = Entries(after[trail].Body);
        var imported = now.Where(e => (string?)e["operation"] == "importOrganisation").ToList();
        Assert.Equal(imports, imported.Count);
        Assert.All(imported, e => Assert.Equal(importedBy, (string?)e["username"]));
        var rest = now.Where(e => (string?)e["operation"] != "importOrganisation").Select(e => e.ToJsonString()).ToList();
        Assert.Equal(was.Select(e => e.ToJsonString()), rest);
        return [.. imported.Select(e => (string)e["message"]!)];
    }

    private static List<JsonNode> Entries(string body) => [.. JsonNode.Parse(body)!["data"]!["auditTrail"]!["entries"]!.AsArray().Select(e => e!)];

    private static string Id(JsonNode data, string field) => data[field]!["id"]!.GetValue<string>();
}
