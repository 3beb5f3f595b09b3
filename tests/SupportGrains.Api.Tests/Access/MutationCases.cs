using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// Every mutation of the schema with what one case of it needs. Each case makes what it changes
/// afresh (most of them a person whose team Lee leads with Wren matched), so an allowed change in
/// one case never meets another case.
/// </summary>
public static partial class MutationCases
{
    private static readonly Lazy<IReadOnlyDictionary<string, MutationCase>> Cases = new(() =>
        Organisation().Concat(People()).Concat(Matches()).Concat(Rota()).Concat(Accounts()).ToDictionary(c => c.Field));

    public static IReadOnlyDictionary<string, MutationCase> All => Cases.Value;

    /// <summary>A read as the director of A: the data, or the part of it a case looks at.</summary>
    private static Func<Task<string>> Read(AccessWorld world, string query, object variables, Func<JsonNode, JsonNode?>? part = null) =>
        async () =>
        {
            var data = await world.Director.DataAsync(query, variables);
            return (part is null ? data : part(data))?.ToJsonString() ?? "null";
        };

    /// <summary>An account as its grain keeps it (no account: null).</summary>
    private static Func<Task<string>> ReadAccount(AccessWorld world, string username) =>
        async () => JsonSerializer.Serialize(await world.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(username).GetAsync());

    private static IEnumerable<MutationCase> Organisation()
    {
        yield return new("createOrganisation", "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }", s =>
            Task.FromResult(new Arranged(
                new { input = new { name = $"Organisation {s.World.Next()}", startedOn = "2026-01-01" } },
                async () => (await s.World.Builder.DataAsync("{ organisations { id } }")).ToJsonString(),
                "starting an organisation")))
        {
            AuditedIn = AuditedIn.CreatedOrganisation,
            ChangesTheAccountThatAsks = true,
        };

        yield return new("setSizeGuidance", "mutation ($o: ID!, $input: SizeGuidanceInput!) { setSizeGuidance(organisationId: $o, input: $input) { id } }", s =>
            Task.FromResult(new Arranged(
                new { o = s.World.Organisation, input = new { firstYearLimit = 1000, yearlyGrowthLimit = 1000, ceilingAmber = 2000, ceilingRed = 3000 + s.World.Next(), maxTeamsPerStaff = 1000, leaderContactDays = 30 } },
                Read(s.World, "query ($o: ID!) { organisation(id: $o) { guidance { ceilingRed } } }", new { o = s.World.Organisation }),
                s.World.Organisation)));

        yield return new("setOrganisationSettings", "mutation ($o: ID!, $input: OrganisationSettingsInput!) { setOrganisationSettings(organisationId: $o, input: $input) { id } }", s =>
            Task.FromResult(new Arranged(
                new { o = s.World.Organisation, input = new { sleepInHours = 1 + (s.World.Next() % 500 / 100.0), reviewEveryWeeks = 4 } },
                Read(s.World, "query ($o: ID!) { organisation(id: $o) { settings { sleepInHours reviewEveryWeeks } } }", new { o = s.World.Organisation }),
                s.World.Organisation)));

        yield return new("addPerson", "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }", s =>
            Task.FromResult(new Arranged(
                new { input = new { organisationId = s.World.Organisation, name = $"Person {s.World.Next()}", supportStartedOn = "2026-01-01", fundedHoursPerWeek = 20.0, overrideReason = "Access tests" } },
                Read(s.World, "query ($o: ID!) { organisation(id: $o) { people { id } } }", new { o = s.World.Organisation }),
                s.World.Organisation)));

        yield return new("addStaffMember", "mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }", s =>
            Task.FromResult(new Arranged(
                new { input = new { organisationId = s.World.Organisation, name = $"Colleague {s.World.Next()}", role = "Support worker", startedOn = "2026-01-01", contractedHoursPerWeek = 20.0 } },
                Read(s.World, "query ($o: ID!) { organisation(id: $o) { staff { id } } }", new { o = s.World.Organisation }),
                s.World.Organisation)));

        yield return new("addCandidate", "mutation ($input: AddCandidateInput!) { addCandidate(input: $input) { id } }", s =>
            Task.FromResult(new Arranged(
                new { input = new { organisationId = s.World.Organisation, name = $"Candidate {s.World.Next()}", email = "someone@example.org" } },
                Read(s.World, "query ($o: ID!) { organisation(id: $o) { candidates { id } } }", new { o = s.World.Organisation }),
                s.World.Organisation)));

        yield return new("staffLeaves", "mutation ($input: StaffLeavesInput!) { staffLeaves(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var colleague = await s.World.StaffAsync(s.World.Organisation, $"Colleague {s.World.Next()}");
            await s.World.MatchAsync(person, colleague, "MATCHED");
            return new Arranged(
                new { input = new { staffId = colleague, leftOn = AccessWorld.Today, reason = "Moving away" } },
                Read(s.World, "query ($s: ID!) { staffMember(id: $s) { leftOn leavingReason } }", new { s = colleague }),
                s.World.Organisation);
        });

        yield return new("startEmployment", "mutation ($input: StartEmploymentInput!) { startEmployment(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            var candidate = await s.World.CandidateAsync($"Candidate{s.World.Next()}");
            await s.World.MatchAsync(person, candidate, "INTERESTED");
            return new Arranged(
                new { input = new { staffId = candidate, startedOn = AccessWorld.Today, role = "Support worker", contractedHoursPerWeek = 20.0 } },
                Read(s.World, "query ($s: ID!) { staffMember(id: $s) { isCandidate startedOn } }", new { s = candidate }),
                s.World.Organisation);
        });

        yield return new("setTeamLeaders", "mutation ($input: SetTeamLeadersInput!) { setTeamLeaders(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            return new Arranged(
                new { input = new { personId = person, staffIds = new[] { s.World.Lee, s.World.Lou } } },
                Read(s.World, "query ($p: ID!) { person(id: $p) { team { leaders { id } } } }", new { p = person }),
                s.World.Organisation);
        });

        yield return new("markDueDone", "mutation ($input: MarkDueDoneInput!) { markDueDone(input: $input) { done } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            await s.World.App.Services.GetRequiredService<IGrainFactory>().GetGrain<Grains.Due.IDueGrain>(s.World.Organisation).RecordDueAsync();
            var recorded = "query ($o: ID!) { organisation(id: $o) { recordedDue(includeDone: true) { item { id kind person { id } staff { id } } done } } }";
            JsonNode? Item(JsonNode data) => data["organisation"]!["recordedDue"]!.AsArray().Single(r =>
                r!["item"]!["kind"]!.GetValue<string>() == "LEADER_CONTACT" && r["item"]!["person"]!["id"]!.GetValue<string>() == person && r["item"]!["staff"]!["id"]!.GetValue<string>() == s.World.Lee);
            var item = Item(await s.World.Director.DataAsync(recorded, new { o = s.World.Organisation }))!["item"]!["id"]!.GetValue<string>();

            // Lee's time with the person is due: each asks as the colleague who saw to it (themselves, or Lee for those who are no colleague).
            return new Arranged(
                new { input = new { organisationId = s.World.Organisation, dueId = item, staffId = s.Actor.StaffId ?? s.World.Lee } },
                Read(s.World, recorded, new { o = s.World.Organisation }, Item),
                item);
        });
    }

    private static IEnumerable<MutationCase> People()
    {
        const string Circle = "query ($p: ID!) { person(id: $p) { relationships { id name kind closeness } } }";
        yield return new("setFundedHours", "mutation ($p: ID!) { setFundedHours(personId: $p, hoursPerWeek: 30) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            return new Arranged(new { p = person }, Read(s.World, "query ($p: ID!) { person(id: $p) { fundedHoursPerWeek } }", new { p = person }), s.World.Organisation);
        });

        yield return new("endSupport", "mutation ($p: ID!) { endSupport(personId: $p, endedOn: \"2026-11-24\") { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            return new Arranged(new { p = person }, Read(s.World, "query ($p: ID!) { person(id: $p) { supportEndedOn } }", new { p = person }), s.World.Organisation);
        });

        yield return new("setProfileSection", "mutation ($input: SetProfileSectionInput!) { setProfileSection(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            return new Arranged(
                new { input = new { personId = person, section = "INTERESTS", items = new[] { "Swimming on Saturdays" } } },
                Read(s.World, "query ($p: ID!) { person(id: $p) { profile { interests } history { section } } }", new { p = person }),
                person);
        });

        yield return new("addRelationship", "mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { id } }", async s =>
        {
            var (person, _) = await s.World.TeamAsync();
            return new Arranged(
                new { input = new { personId = person, name = "Aunt Mo", kind = "FAMILY", closeness = 2 } },
                Read(s.World, Circle, new { p = person }),
                person);
        });

        yield return new("changeRelationship", "mutation ($input: ChangeRelationshipInput!) { changeRelationship(input: $input) { id } }", async s =>
        {
            var (person, relationship) = await CircleAsync(s.World);
            return new Arranged(new { input = new { personId = person, relationshipId = relationship, closeness = 1 } }, Read(s.World, Circle, new { p = person }), person);
        });

        yield return new("removeRelationship", "mutation ($input: RemoveRelationshipInput!) { removeRelationship(input: $input) { id } }", async s =>
        {
            var (person, relationship) = await CircleAsync(s.World);
            return new Arranged(new { input = new { personId = person, relationshipId = relationship, reason = "Moved abroad" } }, Read(s.World, Circle, new { p = person }), person);
        });

        yield return new("recordKnows", "mutation ($input: RecordKnowsInput!) { recordKnows(input: $input) { id } }", async s =>
        {
            var person = await s.World.PersonAsync(s.World.Organisation, $"Person {s.World.Next()}");
            return new Arranged(
                new { input = new { staffId = s.World.Wren, personId = person, lastTogetherOn = "2026-11-20" } },
                Read(s.World, "query ($p: ID!) { person(id: $p) { knownBy { id } } }", new { p = person }),
                s.World.Wren);
        });

        yield return new("setAvailability", "mutation ($input: SetAvailabilityInput!) { setAvailability(input: $input) { id } }", s =>
        {
            // Leave far ahead, a day of its own for each case, so nothing of this week changes.
            var day = new DateOnly(2027, 6, 1).AddDays(s.World.Next()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return Task.FromResult(new Arranged(
                new { input = new { staffId = s.World.Wren, status = "ON_LEAVE", from = day, until = day, note = "A day off" } },
                Read(s.World, "query ($s: ID!) { staffMember(id: $s) { availabilityHistory { status from until note } } }", new { s = s.World.Wren }),
                s.World.Wren));
        });
    }

    private static async Task<(string Person, string Relationship)> CircleAsync(AccessWorld world)
    {
        var (person, _) = await world.TeamAsync();
        var added = await world.Builder.DataAsync(
            "mutation ($p: ID!) { addRelationship(input: { personId: $p, name: \"Uncle Raj\", kind: FAMILY, closeness: 2 }) { relationships { id } } }", new { p = person });
        return (person, added["addRelationship"]!["relationships"]![0]!["id"]!.GetValue<string>());
    }
}
