using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SupportGrains.Api.Tests;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>Reads an organisation back through the API as a director would (see <see cref="World"/>).</summary>
public static class WorldReader
{
    // Split so each document stays inside the API's cost and alias limits.
    private const string PeopleQuery = """
        query ($o: ID!) {
          organisation(id: $o) {
            people {
              id name fundedHoursHistory { hoursPerWeek } history { description } knownBy { id }
              matches(includeEnded: true) {
                id stage hoursPerWeek endedReason staff { id }
                history { stage at note } allocations { hoursPerWeek recordedAt } reviews { working } shadowShiftEntries { note recordedAt }
              }
            }
          }
        }
        """;

    private const string TeamsQuery = """
        query ($o: ID!, $week: Date!) {
          organisation(id: $o) {
            people {
              id
              team { members { staff { id } match { id stage } } rota(week: $week) { shifts { id note colleague { id } history { what } } } }
            }
          }
        }
        """;

    private const string StaffQuery = """
        query ($o: ID!) { organisation(id: $o) { staff { id name availabilityHistory { note } knows { id } knowsStaff { id } } } }
        """;

    private const int AliasesPerRequest = 25;

    /// <summary>
    /// The whole organisation, its audit trail (all of it, or back to <paramref name="auditSince"/>), and
    /// (with <paramref name="alone"/>) each person, colleague and match read alone too.
    /// </summary>
    public static async Task<World> ReadAsync(GraphQLClient api, string organisationId, DateOnly week, bool alone, DateTimeOffset? auditSince = null)
    {
        ArgumentNullException.ThrowIfNull(api);
        var people = (await api.DataAsync(PeopleQuery, new { o = organisationId }))["organisation"]!["people"]!.AsArray().Select(p => Person(p!)).ToImmutableArray();
        var teams = (await api.DataAsync(TeamsQuery, new { o = organisationId, week = Day(week) }))["organisation"]!["people"]!.AsArray();
        var staff = (await api.DataAsync(StaffQuery, new { o = organisationId }))["organisation"]!["staff"]!.AsArray().Select(s => Staff(s!)).ToImmutableArray();
        var members = teams.SelectMany(p => p!["team"]!["members"]!.AsArray().Select(m => new WorldTeamMember(
            Text(p!, "id"), Text(m!["staff"]!, "id"), Text(m["match"]!, "id"), Text(m["match"]!, "stage"))));
        var shifts = teams.SelectMany(p => p!["team"]!["rota"]!["shifts"]!.AsArray().Select(s => new WorldShift(
            Text(s!, "id"), Text(p!, "id"), (string?)s!["note"], (string?)s!["colleague"]?["id"], [.. s!["history"]!.AsArray().Select(e => Text(e!, "what"))])));
        var world = new World(people, staff, [.. members], [.. shifts], await AuditAsync(api, organisationId, auditSince));
        return alone ? await WithAloneAsync(api, world) : world;
    }

    /// <summary>The organisation's audit trail, newest first; with <paramref name="since"/>, only as far back as that moment.</summary>
    public static async Task<ImmutableArray<WorldAuditEntry>> AuditAsync(GraphQLClient api, string organisationId, DateTimeOffset? since)
    {
        ArgumentNullException.ThrowIfNull(api);
        var entries = ImmutableArray.CreateBuilder<WorldAuditEntry>();
        string? after = null;
        do
        {
            var page = (await api.DataAsync(
                "query ($o: ID!, $after: String) { auditTrail(organisationId: $o, first: 200, after: $after) { entries { id at operation target input outcome } next } }",
                new { o = organisationId, after }))["auditTrail"]!;
            foreach (var entry in page["entries"]!.AsArray().Select(e => e!))
            {
                entries.Add(new WorldAuditEntry(Text(entry, "id"), At(entry, "at"), Text(entry, "operation"), Text(entry, "target"), Text(entry, "outcome"), KeyOf((string?)entry["input"])));
            }

            after = (string?)page["next"];
        }
        while (after is not null && (since is null || entries[^1].At >= since));

        return entries.ToImmutable();
    }

    private static async Task<World> WithAloneAsync(GraphQLClient api, World world)
    {
        var people = new List<WorldPerson>();
        foreach (var chunk in world.People.Chunk(AliasesPerRequest))
        {
            var data = await api.DataAsync("{ " + string.Join(' ', chunk.Select((p, i) =>
                $"p{i}: person(id: \"{p.Id}\") {{ id name fundedHoursHistory {{ hoursPerWeek }} history {{ description }} knownBy {{ id }} }}")) + " }");
            people.AddRange(data.AsObject().Select(p => Person(p.Value!)));
        }

        var staff = new List<WorldStaff>();
        foreach (var chunk in world.Staff.Chunk(AliasesPerRequest))
        {
            var data = await api.DataAsync("{ " + string.Join(' ', chunk.Select((s, i) =>
                $"s{i}: staffMember(id: \"{s.Id}\") {{ id name availabilityHistory {{ note }} knows {{ id }} knowsStaff {{ id }} }}")) + " }");
            staff.AddRange(data.AsObject().Select(s => Staff(s.Value!)));
        }

        var matches = new List<WorldMatch>();
        foreach (var chunk in world.Matches.Chunk(AliasesPerRequest))
        {
            var data = await api.DataAsync("{ " + string.Join(' ', chunk.Select((m, i) =>
                $"m{i}: match(id: \"{m.Id}\") {{ id stage hoursPerWeek endedReason person {{ id }} staff {{ id }} history {{ stage at note }} allocations {{ hoursPerWeek recordedAt }} reviews {{ working }} shadowShiftEntries {{ note recordedAt }} }}")) + " }");
            matches.AddRange(data.AsObject().Select(m => Match(Text(m.Value!["person"]!, "id"), m.Value!)));
        }

        return world with { PeopleAlone = [.. people], StaffAlone = [.. staff], MatchesAlone = [.. matches] };
    }

    private static WorldPerson Person(JsonNode p) => new(
        Text(p, "id"),
        Text(p, "name"),
        [.. p["fundedHoursHistory"]!.AsArray().Select(f => f!["hoursPerWeek"]!.GetValue<double>())],
        [.. p["history"]!.AsArray().Select(h => Text(h!, "description"))],
        [.. p["knownBy"]!.AsArray().Select(s => Text(s!, "id"))],
        p["matches"] is JsonArray matches ? [.. matches.Select(m => Match(Text(p, "id"), m!))] : []);

    private static WorldStaff Staff(JsonNode s) => new(
        Text(s, "id"),
        Text(s, "name"),
        [.. s["availabilityHistory"]!.AsArray().Select(a => (string?)a!["note"])],
        [.. s["knows"]!.AsArray().Select(p => Text(p!, "id"))],
        [.. s["knowsStaff"]!.AsArray().Select(c => Text(c!, "id"))]);

    private static WorldMatch Match(string personId, JsonNode m) => new(
        Text(m, "id"),
        personId,
        Text(m["staff"]!, "id"),
        Text(m, "stage"),
        m["hoursPerWeek"]!.GetValue<double>(),
        (string?)m["endedReason"],
        [.. m["history"]!.AsArray().Select(e => new WorldMatchEvent(Text(e!, "stage"), At(e!, "at"), (string?)e!["note"]))],
        [.. m["allocations"]!.AsArray().Select(a => new WorldAllocation(a!["hoursPerWeek"]!.GetValue<double>(), At(a, "recordedAt")))],
        [.. m["reviews"]!.AsArray().Select(r => r!["working"]!.AsArray().Select(w => w!.GetValue<string>()).ToImmutableArray())],
        [.. m["shadowShiftEntries"]!.AsArray().Select(s => new WorldShadowShift((string?)s!["note"], At(s, "recordedAt")))]);

    /// <summary>The clientMutationId in an audit entry's input (the mutation's arguments as JSON), at its top or in its input object.</summary>
    private static string? KeyOf(string? input)
    {
        if (input is null)
        {
            return null;
        }

        try
        {
            var arguments = JsonNode.Parse(input);
            return (string?)(arguments?["clientMutationId"] ?? arguments?["input"]?["clientMutationId"]);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonNode node, string name) => node[name]?.GetValue<string>() ?? throw new InvalidOperationException($"{name} is missing in {node.ToJsonString()}");

    private static DateTimeOffset At(JsonNode node, string name) => DateTimeOffset.Parse(Text(node, name), CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
