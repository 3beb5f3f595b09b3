using System.Text;
using System.Text.Json.Nodes;

namespace SupportGrains.Api.Tests.Cluster;

/// <summary>
/// An organisation built through the API, with a record of every change the API acknowledged, and
/// the check that the API answers with exactly those: every person, colleague, match (and its stage),
/// knows link and availability, nothing missing and nothing twice. Each change carries a
/// clientMutationId, so one that was not acknowledged can be sent again without doubling it.
/// </summary>
public sealed class OrganisationOnRecord
{
    private readonly GraphQLClient _api;
    private readonly Dictionary<string, string> _people = [];
    private readonly Dictionary<string, string> _staff = [];
    private readonly Dictionary<string, (string PersonId, string StaffId, string Stage)> _matches = [];
    private readonly HashSet<(string StaffId, string PersonId)> _knowsPeople = [];
    private readonly HashSet<(string StaffId, string ColleagueId)> _knowsColleagues = [];
    private readonly Dictionary<string, List<string>> _availability = [];

    private OrganisationOnRecord(GraphQLClient api, string id)
    {
        _api = api;
        Id = id;
    }

    public string Id { get; }

    public IReadOnlyCollection<string> PersonIds => _people.Keys;

    public IReadOnlyCollection<string> StaffIds => _staff.Keys;

    public IReadOnlyCollection<string> MatchIds => _matches.Keys;

    /// <summary>How many changes the API has acknowledged.</summary>
    public int Acknowledged { get; private set; }

    /// <summary>The domain's "today" in the silos, which run on the system clock.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static async Task<OrganisationOnRecord> CreateAsync(GraphQLClient api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var data = await api.DataAsync(
            "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }",
            new { input = new { name = "Failover Small Supports", startedOn = "2023-01-10", fundedPosts = 30, clientMutationId = NewKey() } });
        return new OrganisationOnRecord(api, data["createOrganisation"]!["id"]!.GetValue<string>()) { Acknowledged = 1 };
    }

    public Task<string> AddPersonAsync(string name) => AddPersonAsync(name, NewKey());

    /// <summary>Adds a person with this idempotency key (the same key again adds no one new).</summary>
    public async Task<string> AddPersonAsync(string name, string clientMutationId)
    {
        var data = await _api.DataAsync(
            "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }",
            new { input = new { organisationId = Id, name, supportStartedOn = "2024-02-01", fundedHoursPerWeek = 30.0, clientMutationId } });
        var id = data["addPerson"]!["id"]!.GetValue<string>();
        _people[id] = name;
        Acknowledged++;
        return id;
    }

    public async Task<string> AddStaffMemberAsync(string name, bool isLeader = false)
    {
        var data = await _api.DataAsync(
            "mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }",
            new
            {
                input = new
                {
                    organisationId = Id, name, role = isLeader ? "Team leader" : "Support worker", isLeader,
                    startedOn = "2024-01-01", contractedHoursPerWeek = 30.0, clientMutationId = NewKey(),
                },
            });
        var id = data["addStaffMember"]!["id"]!.GetValue<string>();
        _staff[id] = name;
        Acknowledged++;
        return id;
    }

    public async Task<string> StartMatchAsync(string personId, string staffId)
    {
        var data = await _api.DataAsync(
            "mutation ($input: StartMatchInput!) { startMatch(input: $input) { id stage } }",
            new { input = new { personId, staffId, stage = "INTERESTED", clientMutationId = NewKey() } });
        var id = data["startMatch"]!["id"]!.GetValue<string>();
        _matches[id] = (personId, staffId, data["startMatch"]!["stage"]!.GetValue<string>());
        Acknowledged++;
        return id;
    }

    public async Task AdvanceMatchAsync(string matchId, string to)
    {
        var data = await _api.DataAsync(
            "mutation ($input: AdvanceMatchInput!) { advanceMatch(input: $input) { id stage } }",
            new { input = new { matchId, to, clientMutationId = NewKey() } });
        _matches[matchId] = _matches[matchId] with { Stage = data["advanceMatch"]!["stage"]!.GetValue<string>() };
        Acknowledged++;
    }

    public async Task KnowsPersonAsync(string staffId, string personId)
    {
        await _api.DataAsync(
            "mutation ($input: RecordKnowsInput!) { recordKnows(input: $input) { id } }",
            new { input = new { staffId, personId, lastTogetherOn = Today.AddDays(-7).ToString("yyyy-MM-dd"), clientMutationId = NewKey() } });
        _knowsPeople.Add((staffId, personId));
        Acknowledged++;
    }

    public async Task KnowsColleagueAsync(string staffId, string colleagueId)
    {
        await _api.DataAsync(
            "mutation ($input: RecordKnowsInput!) { recordKnows(input: $input) { id } }",
            new { input = new { staffId, colleagueId, lastTogetherOn = Today.AddDays(-3).ToString("yyyy-MM-dd"), clientMutationId = NewKey() } });
        _knowsColleagues.Add((staffId, colleagueId));
        Acknowledged++;
    }

    /// <summary>Sets a window of availability that takes in today (a day either side, so midnight cannot move it).</summary>
    public async Task SetAvailabilityAsync(string staffId, string status)
    {
        await _api.DataAsync(
            "mutation ($input: SetAvailabilityInput!) { setAvailability(input: $input) { id } }",
            new
            {
                input = new
                {
                    staffId, status, from = Today.AddDays(-1).ToString("yyyy-MM-dd"), until = Today.AddDays(30).ToString("yyyy-MM-dd"),
                    clientMutationId = NewKey(),
                },
            });
        (_availability.TryGetValue(staffId, out var changes) ? changes : _availability[staffId] = []).Add(status);
        Acknowledged++;
    }

    /// <summary>What the API answers that differs from the record (null when it answers exactly the record), or why it did not answer.</summary>
    public async Task<string?> ProblemAsync()
    {
        var result = await _api.SendAsync(
            """
            query ($o: ID!) {
              organisation(id: $o) {
                people { id name matches { id stage staff { id } } knownBy { id } }
                staff { id name availability { status } availabilityHistory { status } knows { id } knowsStaff { id } }
                sizeCheck { peopleSupported }
              }
            }
            """,
            new { o = Id });
        if (result["errors"] is { } errors)
        {
            return "errors: " + errors.ToJsonString();
        }

        // Each match on its own as well, through its id (which names the person whose team keeps it).
        var matches = await _api.SendAsync(
            "{ " + string.Join(' ', _matches.Keys.Select((id, i) => $"m{i}: match(id: \"{id}\") {{ id stage person {{ id }} staff {{ id }} }}")) + " }");
        if (matches["errors"] is { } matchErrors)
        {
            return "errors: " + matchErrors.ToJsonString();
        }

        var answered = Answered(result["data"]!["organisation"]!, matches["data"]!.AsObject().Select(m => m.Value!)).ToList();
        var expected = Expected().ToHashSet();
        var problem = new StringBuilder();
        foreach (var line in expected.Except(answered).Order())
        {
            problem.Append("\n  missing: ").Append(line);
        }

        foreach (var line in answered.Except(expected).Order())
        {
            problem.Append("\n  not on record: ").Append(line);
        }

        foreach (var line in answered.GroupBy(a => a).Where(g => g.Count() > 1).Select(g => g.Key).Order())
        {
            problem.Append("\n  twice: ").Append(line);
        }

        return problem.Length == 0 ? null : "the API's answer differs from the acknowledged changes:" + problem;
    }

    private IEnumerable<string> Expected()
    {
        yield return $"people supported {_people.Count}";
        foreach (var (id, name) in _people)
        {
            yield return $"person {id} {name}";
        }

        foreach (var (id, name) in _staff)
        {
            var changes = _availability.GetValueOrDefault(id) ?? [];
            yield return $"colleague {id} {name}, {(changes.Count == 0 ? "AVAILABLE" : changes[^1])} after {changes.Count} changes";
        }

        foreach (var (id, (personId, staffId, stage)) in _matches)
        {
            yield return $"match {id} of {personId} with {staffId} at {stage}";
            yield return $"match {id} read alone: {personId} with {staffId} at {stage}";
        }

        // A link reads the same from either side.
        foreach (var (staffId, personId) in _knowsPeople)
        {
            yield return $"{staffId} knows person {personId}";
            yield return $"person {personId} known by {staffId}";
        }

        foreach (var (staffId, colleagueId) in _knowsColleagues)
        {
            yield return $"{staffId} knows colleague {colleagueId}";
            yield return $"{colleagueId} knows colleague {staffId}";
        }
    }

    private static IEnumerable<string> Answered(JsonNode organisation, IEnumerable<JsonNode> matches)
    {
        yield return $"people supported {organisation["sizeCheck"]!["peopleSupported"]}";
        foreach (var person in organisation["people"]!.AsArray().Select(p => p!))
        {
            var id = (string)person["id"]!;
            yield return $"person {id} {person["name"]}";
            foreach (var match in person["matches"]!.AsArray().Select(m => m!))
            {
                yield return $"match {match["id"]} of {id} with {match["staff"]!["id"]} at {match["stage"]}";
            }

            foreach (var staff in person["knownBy"]!.AsArray())
            {
                yield return $"person {id} known by {staff!["id"]}";
            }
        }

        foreach (var staff in organisation["staff"]!.AsArray().Select(s => s!))
        {
            var id = (string)staff["id"]!;
            yield return $"colleague {id} {staff["name"]}, {staff["availability"]!["status"]} after {staff["availabilityHistory"]!.AsArray().Count} changes";
            foreach (var person in staff["knows"]!.AsArray())
            {
                yield return $"{id} knows person {person!["id"]}";
            }

            foreach (var colleague in staff["knowsStaff"]!.AsArray())
            {
                yield return $"{id} knows colleague {colleague!["id"]}";
            }
        }

        foreach (var match in matches)
        {
            yield return $"match {match["id"]} read alone: {match["person"]!["id"]} with {match["staff"]!["id"]} at {match["stage"]}";
        }
    }

    private static string NewKey() => "failover-" + Guid.NewGuid().ToString("N");
}
