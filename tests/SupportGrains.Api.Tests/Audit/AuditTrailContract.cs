using System.Globalization;
using System.Text.Json.Nodes;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Tests.Audit;

/// <summary>
/// The audit trail (issue 10), on the store of the fixture: every change with who asked (username
/// and roles), what (the operation and its input, secrets left out) and the values before and after;
/// refused attempts as REFUSED; newest first, a page at a time; read per person, per colleague and
/// between days; and kept append-only by the store itself. The clock moves on between changes so
/// that "newest first" has something to order.
/// </summary>
public abstract class AuditTrailContract<TFixture>(TFixture fixture)
    where TFixture : StoreFixture
{
    private const string Fields = "id at username roles operation input target outcome message before after people { id } staff { id }";

    private SupportGrainsApp App => fixture.App;

    [Fact]
    public async Task Each_change_is_in_the_trail_with_who_asked_what_they_asked_and_the_values_before_and_after()
    {
        var (director, username, organisation) = await OrganisationAsync();
        var sam = await PersonAsync(director, organisation, "Sam");
        Tick();
        await director.DataAsync("mutation ($p: ID!) { setFundedHours(personId: $p, hoursPerWeek: 30) { id } }", new { p = sam });
        var alex = await StaffAsync(director, organisation, "Alex");
        var account = SupportGrainsApp.NewUsername();
        Tick();
        await director.DataAsync("mutation ($input: CreateAccountInput!) { createAccount(input: $input) { username } }",
            new { input = new { username = account, password = "a very secret passphrase", roles = new[] { "STAFF" }, organisationId = organisation, staffId = alex } });
        Tick();
        await director.DataAsync("mutation ($u: String!) { resetPassword(input: { username: $u, newPassword: \"another secret passphrase\" }) { username } }", new { u = account });

        var entries = await EntriesAsync(director, organisation);

        Assert.Equal(["resetPassword", "createAccount", "addStaffMember", "setFundedHours", "addPerson", "createOrganisation", "createOrganisation"], entries.Select(e => Text(e, "operation")));
        Assert.All(entries, e => Assert.Equal((username, "APPLIED"), (Text(e, "username"), Text(e, "outcome"))));

        // Creating the organisation made the admin its director: the roles are those the account held when it asked.
        Assert.Equal(["admin,director", "admin,director", "admin,director", "admin,director", "admin,director", "admin", "admin"], entries.Select(e => Text(e, "roles")));
        var hours = entries.Single(e => Text(e, "operation") == "setFundedHours");
        Assert.Equal(30, JsonNode.Parse(Text(hours, "input")!)!["hoursPerWeek"]!.GetValue<double>());
        Assert.Equal([40.0], FundedHours(Text(hours, "before")!));
        Assert.Equal([40.0, 30.0], FundedHours(Text(hours, "after")!));
        Assert.Equal($"Person {sam}", Text(hours, "target"));
        Assert.Equal([sam], hours["people"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));

        // Passwords are left out of the input, and the account's values keep no hash of them.
        var trail = string.Join("\n", entries.Select(e => e.ToJsonString()));
        Assert.DoesNotContain("a very secret passphrase", trail);
        Assert.DoesNotContain("another secret passphrase", trail);
        Assert.DoesNotContain("passwordHash", trail, StringComparison.OrdinalIgnoreCase);
        var created = entries.Single(e => Text(e, "operation") == "createAccount");
        Assert.Equal("[left out]", JsonNode.Parse(Text(created, "input")!)!["input"]!["password"]!.GetValue<string>());
        Assert.Null(created["before"]);
        Assert.DoesNotContain("passwordHash", Text(created, "after")!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", Text(created, "after")!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["STAFF"], JsonNode.Parse(Text(created, "after")!)!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal([alex], created["staff"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_refused_attempt_is_in_the_trail_as_refused_with_why_and_nothing_else_is_written()
    {
        var (director, _, organisation) = await OrganisationAsync();
        var sam = await PersonAsync(director, organisation, "Sam");
        var alex = await StaffAsync(director, organisation, "Alex");
        var staffName = SupportGrainsApp.NewUsername();
        var staff = await App.SignInAsync([AccountRole.Staff], organisation, alex, staffName);
        var since = Tick();

        var (forbidden, _) = await staff.ErrorAsync("mutation ($p: ID!) { setFundedHours(personId: $p, hoursPerWeek: 10) { id } }", new { p = sam });
        Tick();
        var (invalid, _) = await director.ErrorAsync("mutation ($p: ID!) { setFundedHours(personId: $p, hoursPerWeek: -5) { id } }", new { p = sam });
        var entries = (await EntriesAsync(director, organisation)).Where(e => At(e) >= since).ToList();
        var hours = await director.DataAsync("query ($p: ID!) { person(id: $p) { fundedHoursPerWeek } }", new { p = sam });

        Assert.Equal(("FORBIDDEN", "INVALID_INPUT"), (forbidden, invalid));
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("REFUSED", "setFundedHours"), (Text(e, "outcome"), Text(e, "operation"))));
        Assert.Equal((staffName, "staff"), (Text(entries[1], "username"), Text(entries[1], "roles")));
        Assert.StartsWith("FORBIDDEN: ", Text(entries[1], "message"));
        Assert.StartsWith("INVALID_INPUT: ", Text(entries[0], "message"));
        Assert.Equal(10, JsonNode.Parse(Text(entries[1], "input")!)!["hoursPerWeek"]!.GetValue<double>());
        Assert.Equal(40, hours["person"]!["fundedHoursPerWeek"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_trail_is_newest_first_and_is_read_a_page_at_a_time()
    {
        var (director, _, organisation) = await OrganisationAsync();
        var sam = await PersonAsync(director, organisation, "Sam");
        for (var i = 1; i <= 5; i++)
        {
            Tick();
            await director.DataAsync("mutation ($p: ID!, $items: [String!]!) { setProfileSection(input: { personId: $p, section: INTERESTS, items: $items }) { id } }",
                new { p = sam, items = new[] { $"Interest {i}" } });
        }

        var all = await EntriesAsync(director, organisation, personId: sam);
        var pages = new List<JsonNode>();
        string? after = null;
        var count = 0;
        do
        {
            var page = (await director.DataAsync(
                "query ($o: ID!, $p: ID, $after: String) { auditTrail(organisationId: $o, personId: $p, first: 2, after: $after) { entries { id at input } next } }",
                new { o = organisation, p = sam, after }))["auditTrail"]!;
            pages.AddRange(page["entries"]!.AsArray().Select(e => e!));
            after = page["next"]?.GetValue<string>();
            Assert.True(page["entries"]!.AsArray().Count <= 2);
            count++;
        }
        while (after is not null);

        Assert.Equal(6, all.Count);
        Assert.Equal(3, count);
        Assert.Equal(all.Select(e => Text(e, "id")), pages.Select(e => Text(e, "id")));
        Assert.Equal(all.Select(At).OrderDescending(), all.Select(At));
        Assert.Contains("Interest 5", Text(all[0], "input"));
        Assert.Contains("Interest 1", Text(all[4], "input"));
        Assert.Equal("addPerson", Text(all[5], "operation"));
    }

    [Fact]
    public async Task The_trail_is_read_per_person_per_colleague_and_between_days()
    {
        var (director, _, organisation) = await OrganisationAsync();
        var sam = await PersonAsync(director, organisation, "Sam");
        var jo = await PersonAsync(director, organisation, "Jo");
        var alex = await StaffAsync(director, organisation, "Alex");
        Tick();
        await director.DataAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: MATCHED }) { id } }", new { p = sam, s = alex });
        var today = Day();

        // The next day (tokens last a day, so the clock moves past midnight but not a whole day).
        App.Time.Advance(TimeSpan.FromDays(1) - App.Time.GetUtcNow().TimeOfDay + TimeSpan.FromMinutes(30));
        var tomorrow = Day();
        await director.DataAsync("mutation ($s: ID!) { setAvailability(input: { staffId: $s, status: ON_LEAVE, from: \"2027-01-04\", until: \"2027-01-08\" }) { id } }", new { s = alex });

        var aboutSam = await EntriesAsync(director, organisation, personId: sam);
        var aboutJo = await EntriesAsync(director, organisation, personId: jo);
        var aboutAlex = await EntriesAsync(director, organisation, staffId: alex);
        var aboutBoth = await EntriesAsync(director, organisation, personId: sam, staffId: alex);
        var onTheDay = await EntriesAsync(director, organisation, from: today, to: today);
        var fromTomorrow = await EntriesAsync(director, organisation, from: tomorrow);

        Assert.Equal(["startMatch", "addPerson"], aboutSam.Select(e => Text(e, "operation")));
        Assert.Equal(["addPerson"], aboutJo.Select(e => Text(e, "operation")));
        Assert.Equal(["setAvailability", "startMatch", "addStaffMember"], aboutAlex.Select(e => Text(e, "operation")));
        Assert.Equal(["startMatch"], aboutBoth.Select(e => Text(e, "operation")));
        Assert.Equal(["startMatch", "addStaffMember", "addPerson", "addPerson", "createOrganisation", "createOrganisation"], onTheDay.Select(e => Text(e, "operation")));
        Assert.Equal(["setAvailability"], fromTomorrow.Select(e => Text(e, "operation")));
    }

    [Fact]
    public async Task An_entry_cannot_be_changed_or_removed_even_with_the_stores_own_connection()
    {
        var (director, _, organisation) = await OrganisationAsync();
        await PersonAsync(director, organisation, "Sam");
        var entry = (await EntriesAsync(director, organisation))[0];
        var id = Text(entry, "id")!;
        var stored = await AuditTable.EntryAsync(fixture.Store, id);
        var rows = await AuditTable.CountAsync(fixture.Store);

        var update = await AuditTable.TryAsync(fixture.Store, $"UPDATE audit_entries SET entry = '{{}}' WHERE id = '{id}'");
        var delete = await AuditTable.TryAsync(fixture.Store, $"DELETE FROM audit_entries WHERE id = '{id}'");
        var deleteAll = await AuditTable.TryAsync(fixture.Store, "DELETE FROM audit_entries");

        Assert.Contains("append-only", update);
        Assert.Contains("append-only", delete);
        Assert.Contains("append-only", deleteAll);
        if (fixture.Store.Name == "postgres")
        {
            Assert.Contains("append-only", await AuditTable.TryAsync(fixture.Store, "TRUNCATE audit_entries"));
        }

        Assert.Equal(stored, await AuditTable.EntryAsync(fixture.Store, id));
        Assert.Equal(rows, await AuditTable.CountAsync(fixture.Store));
        Assert.Equal(entry.ToJsonString(), (await EntriesAsync(director, organisation))[0].ToJsonString());
    }

    [Fact]
    public async Task No_mutation_changes_or_removes_an_audit_entry()
    {
        var (director, _, _) = await OrganisationAsync();

        var schema = (await director.DataAsync("{ __schema { queryType { fields { name } } mutationType { fields { name } } } }"))["__schema"]!;

        var mutations = schema["mutationType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(mutations);
        Assert.DoesNotContain(mutations, m => m.Contains("audit", StringComparison.OrdinalIgnoreCase) || m.Contains("trail", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("auditTrail", schema["queryType"]!["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()));
    }

    private async Task<(GraphQLClient Director, string Username, string Organisation)> OrganisationAsync()
    {
        Tick();
        var username = SupportGrainsApp.NewUsername();
        await App.SignInAsync([AccountRole.Admin], username: username);
        var director = await App.BearerClientAsync(username);
        var organisation = (await director.DataAsync("mutation { createOrganisation(input: { name: \"Audited\", startedOn: \"2024-01-01\" }) { id } }"))["createOrganisation"]!["id"]!.GetValue<string>();
        return (director, username, organisation);
    }

    private async Task<string> PersonAsync(GraphQLClient director, string organisation, string name)
    {
        Tick();
        return (await director.DataAsync("mutation ($o: ID!, $n: String!) { addPerson(input: { organisationId: $o, name: $n, supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 40 }) { id } }",
            new { o = organisation, n = name }))["addPerson"]!["id"]!.GetValue<string>();
    }

    private async Task<string> StaffAsync(GraphQLClient director, string organisation, string name)
    {
        Tick();
        return (await director.DataAsync("mutation ($o: ID!, $n: String!) { addStaffMember(input: { organisationId: $o, name: $n, role: \"Support worker\", startedOn: \"2024-01-01\", contractedHoursPerWeek: 30 }) { id } }",
            new { o = organisation, n = name }))["addStaffMember"]!["id"]!.GetValue<string>();
    }

    private static async Task<IReadOnlyList<JsonNode>> EntriesAsync(GraphQLClient director, string organisation, string? personId = null, string? staffId = null, string? from = null, string? to = null)
    {
        var data = await director.DataAsync(
            $"query ($o: ID!, $p: ID, $s: ID, $from: Date, $to: Date) {{ auditTrail(organisationId: $o, personId: $p, staffId: $s, from: $from, to: $to, first: 200) {{ entries {{ {Fields} }} next }} }}",
            new { o = organisation, p = personId, s = staffId, from, to });
        Assert.Null(data["auditTrail"]!["next"]);
        return [.. data["auditTrail"]!["entries"]!.AsArray().Select(e => e!)];
    }

    /// <summary>Moves the clock on a second, so what comes next is newer; answers the new time.</summary>
    private DateTimeOffset Tick()
    {
        App.Time.Advance(TimeSpan.FromSeconds(1));
        return App.Time.GetUtcNow();
    }

    private string Day() => App.Time.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateTimeOffset At(JsonNode entry) => DateTimeOffset.Parse(Text(entry, "at")!, CultureInfo.InvariantCulture);

    private static string? Text(JsonNode entry, string field) => entry[field]?.GetValue<string>();

    private static IReadOnlyList<double> FundedHours(string personJson) =>
        [.. JsonNode.Parse(personJson)!["fundedHours"]!.AsArray().Select(h => h!["hoursPerWeek"]!.GetValue<double>())];
}
