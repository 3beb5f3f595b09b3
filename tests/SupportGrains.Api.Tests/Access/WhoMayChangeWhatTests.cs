using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static SupportGrains.Api.Tests.Access.Role;

namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// Who may do what (issue 10, DOMAIN.md "Roles"), for every mutation of the schema and every role:
/// each case runs the mutation against the app. Allowed, it changes what it says and its entry is in
/// the audit trail with who asked; refused, it answers FORBIDDEN naming what was refused (HTTP 401
/// and UNAUTHENTICATED without an account), the director reads back exactly what was there before,
/// no audit entry of a change appears, and the refused attempt is in the trail of the asker's organisation.
/// </summary>
public sealed class WhoMayChangeWhatTests(AccessWorldFixture fixture) : IClassFixture<AccessWorldFixture>
{
    private const string Trail = "query ($o: ID!) { auditTrail(organisationId: $o, from: \"2026-11-24\", first: 20) { entries { at operation outcome username roles message } } }";

    /// <summary>
    /// The table, mutation by mutation: the roles that may make each change (of a person whose team
    /// the team leader leads and the staff member is in). Every other signed-in role is refused.
    /// Team leaders also keep the one-page profile and circle of the teams they lead, and the
    /// availability of the colleagues in them, as <c>AccessPolicy</c> documents.
    /// </summary>
    private static readonly Dictionary<string, Role[]> MayChange = new()
    {
        ["createOrganisation"] = [Admin],
        ["setSizeGuidance"] = [Director],
        ["setOrganisationSettings"] = [Director],
        ["addPerson"] = [Director],
        ["setFundedHours"] = [Director],
        ["endSupport"] = [Director],
        ["addStaffMember"] = [Director],
        ["staffLeaves"] = [Director],
        ["addCandidate"] = [Director],
        ["startEmployment"] = [Director],
        ["setTeamLeaders"] = [Director],
        ["setProfileSection"] = [LeaderOfTheTeam, Director],
        ["addRelationship"] = [LeaderOfTheTeam, Director],
        ["changeRelationship"] = [LeaderOfTheTeam, Director],
        ["removeRelationship"] = [LeaderOfTheTeam, Director],
        ["startMatch"] = [LeaderOfTheTeam, Director],
        ["advanceMatch"] = [LeaderOfTheTeam, Director],
        ["recordShadowShift"] = [LeaderOfTheTeam, Director],
        ["correctShadowShift"] = [LeaderOfTheTeam, Director],
        ["reviewMatch"] = [LeaderOfTheTeam, Director],
        ["endMatch"] = [LeaderOfTheTeam, Director],
        ["allocateHours"] = [LeaderOfTheTeam, Director],
        ["addShift"] = [LeaderOfTheTeam, Director],
        ["assignShift"] = [LeaderOfTheTeam, Director],
        ["cancelShift"] = [LeaderOfTheTeam, Director],
        ["setRotaPattern"] = [LeaderOfTheTeam, Director],
        ["applyRotaPattern"] = [LeaderOfTheTeam, Director],
        ["markDueDone"] = [LeaderOfTheTeam, Director],
        ["setAvailability"] = [StaffInTheTeam, LeaderOfTheTeam, Director],
        ["recordKnows"] = [StaffInTheTeam, Director],
        ["proposeShiftSwap"] = [StaffInTheTeam, Director],
        ["acceptShiftSwap"] = [StaffInTheTeam, Director],
        ["withdrawShiftSwap"] = [StaffInTheTeam, Director],
        ["createAccount"] = [Director, Admin],
        ["setAccountRoles"] = [Director, Admin],
        ["unlockAccount"] = [Director, Admin],
        ["resetPassword"] = [Admin],
        ["createAccessToken"] = [StaffInTheTeam, LeaderOfTheTeam, LeaderOfAnotherTeam, Director, DirectorElsewhere, Admin],
        ["revokeAccessToken"] = [StaffInTheTeam, LeaderOfTheTeam, LeaderOfAnotherTeam, Director, DirectorElsewhere, Admin],
    };

    private AccessWorld World => fixture.World;

    public static TheoryData<string, Role> Cases()
    {
        var cases = new TheoryData<string, Role>();
        foreach (var mutation in MayChange.Keys)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                cases.Add(mutation, role);
            }
        }

        return cases;
    }

    [Fact]
    public async Task Every_mutation_of_the_schema_is_in_the_table_and_has_a_case()
    {
        var data = await World.Director.DataAsync("{ __schema { mutationType { fields { name } } } }");

        var mutations = data["__schema"]!["mutationType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(mutations, MayChange.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(mutations, MutationCases.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_change_is_made_only_by_the_roles_of_its_row_and_a_refused_one_writes_nothing(string mutation, Role role)
    {
        var change = MutationCases.All[mutation];
        var actor = change.ChangesTheAccountThatAsks && role != Unsigned ? await World.NewAccountAsync(role) : World[role];
        var arranged = await change.ArrangeAsync(new CaseSetting(World, actor));
        var before = await arranged.ReadAsync();

        // Everything set up so far is older than the change: the trail is read from here on.
        World.App.Time.Advance(TimeSpan.FromSeconds(1));
        var askedAt = World.App.Time.GetUtcNow();
        var answer = await GraphQLAnswer.PostAsync(actor.Client, change.Document, arranged.Variables);
        var after = await arranged.ReadAsync();
        var said = $"{mutation} as {role}: {answer.Body.ToJsonString()}";

        if (MayChange[mutation].Contains(role))
        {
            Assert.True(answer.Error is null && answer.Data?[mutation] is not null, said);
            Assert.NotEqual(before, after);
            await AssertAppliedEntryAsync(change, actor, answer, askedAt, said);
        }
        else if (role == Unsigned)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.Status);
            Assert.Equal("UNAUTHENTICATED", answer.Code);
            Assert.Equal(before, after);
            Assert.Empty(await EntriesSinceAsync(World.Director, World.Organisation, askedAt));
            Assert.Empty(await EntriesSinceAsync(World.OtherDirector, World.OtherOrganisation, askedAt));
        }
        else
        {
            Assert.True(answer.Status == HttpStatusCode.OK && answer.Code == "FORBIDDEN", said);
            Assert.Contains(arranged.Names, answer.Message!, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(before, after);
            var here = await EntriesSinceAsync(World.Director, World.Organisation, askedAt);
            var there = await EntriesSinceAsync(World.OtherDirector, World.OtherOrganisation, askedAt);
            Assert.DoesNotContain(here.Concat(there), e => e["outcome"]!.GetValue<string>() == "APPLIED");
            if (actor.OrganisationId is { } own)
            {
                var refused = Assert.Single(own == World.Organisation ? here : there);
                Assert.Equal(("REFUSED", mutation, actor.Username, actor.Roles), Entry(refused));
                Assert.StartsWith("FORBIDDEN: ", refused["message"]!.GetValue<string>());
            }
        }
    }

    private async Task AssertAppliedEntryAsync(MutationCase change, RoleAccount actor, GraphQLAnswer answer, DateTimeOffset askedAt, string said)
    {
        var (reader, organisation) = change.AuditedIn switch
        {
            AuditedIn.CreatedOrganisation => (actor.Client, answer.Data![change.Field]!["id"]!.GetValue<string>()),
            AuditedIn.OrganisationOfTheAccount => (actor.OrganisationId == World.OtherOrganisation ? World.OtherDirector : World.Director, actor.OrganisationId),
            _ => (World.Director, World.Organisation),
        };

        // An admin of no organisation changing their own account has no organisation's trail to hold the entry.
        if (organisation is null)
        {
            return;
        }

        var entries = await EntriesSinceAsync(reader, organisation, askedAt);
        Assert.True(entries.Any(e => Entry(e) == ("APPLIED", change.Field, actor.Username, actor.Roles)), $"{said}\nentries since: {string.Join("\n", entries.Select(e => e.ToJsonString()))}");
    }

    private static async Task<IReadOnlyList<JsonNode>> EntriesSinceAsync(GraphQLClient reader, string organisation, DateTimeOffset since)
    {
        var data = await reader.DataAsync(Trail, new { o = organisation });
        return [.. data["auditTrail"]!["entries"]!.AsArray().Select(e => e!).Where(e => DateTimeOffset.Parse(e["at"]!.GetValue<string>(), CultureInfo.InvariantCulture) >= since)];
    }

    private static (string Outcome, string Operation, string? Username, string? Roles) Entry(JsonNode entry) =>
        (entry["outcome"]!.GetValue<string>(), entry["operation"]!.GetValue<string>(), entry["username"]?.GetValue<string>(), entry["roles"]?.GetValue<string>());
}
