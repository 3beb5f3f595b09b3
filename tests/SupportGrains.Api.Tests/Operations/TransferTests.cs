using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportGrains.Grains.Accounts;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>
/// One organisation exported from one instance to a JSON file and imported into another, empty one
/// (here from SQLite into PostgreSQL): the new instance answers every question byte for byte as the
/// old one did, the audit trail is carried over as it was (with the import recorded on top), and the
/// accounts come without passwords. Its directors export it; admins import; each is audited.
/// </summary>
public sealed class TransferTests : IDisposable
{
    private readonly TempDirectory _folder = new("sg-transfer");

    [Fact]
    public async Task An_exported_organisation_imported_into_an_empty_instance_answers_the_same()
    {
        await using var source = new SupportGrainsApp(Store.Sqlite(_folder.File("source.db")));
        var admin = await source.AdminAsync();
        var director = (string)(await admin.DataAsync("{ me { username } }"))["me"]!["username"]!;
        var (organisation, person) = await OrganisationAnswers.BuildAsync(admin);
        var before = await OrganisationAnswers.AskAsync(admin.Http, organisation, person);

        using var export = await admin.Http.GetAsync($"/admin/organisations/{organisation}/export");
        var document = await export.Content.ReadAsStringAsync();
        Assert.True(export.StatusCode == HttpStatusCode.OK, document);
        Assert.Equal($"{organisation}.json", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var file = _folder.File("export.json");
        await File.WriteAllTextAsync(file, document);
        var exportedEntry = await OnlyEntryAsync(admin, organisation, "exportOrganisation", "APPLIED");
        Assert.Equal(director, (string?)exportedEntry["username"]);
        Assert.Contains("without passwords", (string?)exportedEntry["message"], StringComparison.Ordinal);

        // No password hash and no token secret's hash leaves the instance.
        var exported = JsonNode.Parse(document)!;
        var accounts = exported["accounts"]!.AsArray();
        Assert.Equal(new[] { director, "moving-alex" }.Order(), accounts.Select(a => (string)a!["key"]!).Order());
        Assert.All(accounts, a => Assert.Equal("", (string?)a!["stored"]!["Value"]!["PasswordHash"]));
        Assert.All(accounts, a => Assert.Empty(a!["stored"]!["Value"]!["Tokens"]!.AsArray()));
        Assert.DoesNotContain("AQAAAA", document, StringComparison.Ordinal);  // the start of every Identity password hash

        await using var target = new SupportGrainsApp(Store.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync()));
        var targetAdmin = await target.AdminAsync();
        using var import = await targetAdmin.Http.PostAsync("/admin/organisations/import", new StringContent(await File.ReadAllTextAsync(file), System.Text.Encoding.UTF8, "application/json"));
        var summary = JsonNode.Parse(await import.Content.ReadAsStringAsync())!;
        Assert.True(import.StatusCode == HttpStatusCode.OK, summary.ToJsonString());
        Assert.Equal(organisation, (string?)summary["organisationId"]);
        Assert.Equal(2, (int)summary["accounts"]!);
        Assert.True((int)summary["auditEntries"]! >= 20, summary.ToJsonString());

        // The director signs in on the new instance (a token issued there: the password did not travel) and sees the same answers.
        var imported = await target.BearerClientAsync(director);
        var importer = (string)(await targetAdmin.DataAsync("{ me { username } }"))["me"]!["username"]!;
        var recorded = OrganisationAnswers.AssertSameAfterImport(before, await OrganisationAnswers.AskAsync(imported.Http, organisation, person), 1, importer);
        Assert.StartsWith("Imported ", recorded[0], StringComparison.Ordinal);
        Assert.Contains(organisation, (await targetAdmin.DataAsync("{ organisations { id } }"))["organisations"]!.AsArray().Select(o => (string)o!["id"]!));
        Assert.Equal(HttpStatusCode.Unauthorized, (await target.RequestTokenAsync("moving-alex", "a long enough password")).StatusCode);

        // A change retried on the new instance with the key it had on the old one changes nothing.
        var again = await imported.DataAsync("mutation { createOrganisation(input: { name: \"Moving Small Supports\", startedOn: \"2023-01-10\", fundedPosts: 12, clientMutationId: \"org-1\" }) { id } }");
        Assert.Equal(organisation, (string?)again["createOrganisation"]!["id"]);
        var sam = await imported.DataAsync("mutation ($o: ID!) { addPerson(input: { organisationId: $o, name: \"Sam\", supportStartedOn: \"2024-02-01\", fundedHoursPerWeek: 40, clientMutationId: \"Sam\" }) { id } }", new { o = organisation });
        Assert.Equal(person, (string?)sam["addPerson"]!["id"]);
        OrganisationAnswers.AssertSameAfterImport(before, await OrganisationAnswers.AskAsync(imported.Http, organisation, person), 1, importer);

        // The same document again writes nothing new; the trail is not doubled.
        using var twice = await targetAdmin.Http.PostAsync("/admin/organisations/import", new StringContent(document, System.Text.Encoding.UTF8, "application/json"));
        var second = JsonNode.Parse(await twice.Content.ReadAsStringAsync())!;
        Assert.True(twice.StatusCode == HttpStatusCode.OK, second.ToJsonString());
        Assert.Equal(0, (int)second["states"]!);
        var recordedTwice = OrganisationAnswers.AssertSameAfterImport(before, await OrganisationAnswers.AskAsync(imported.Http, organisation, person), 2, importer);
        Assert.Contains(recordedTwice, m => m.StartsWith("Nothing new written", StringComparison.Ordinal));

        // Once the organisation has moved on there, the old document is refused whole.
        await imported.DataAsync("mutation ($o: ID!) { setOrganisationSettings(organisationId: $o, input: { sleepInHours: 2, reviewEveryWeeks: 6 }) { id } }", new { o = organisation });
        using var stale = await targetAdmin.Http.PostAsync("/admin/organisations/import", new StringContent(document, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        var refusal = JsonNode.Parse(await stale.Content.ReadAsStringAsync())!;
        Assert.Equal("INVALID_INPUT", (string?)refusal["code"]);
        Assert.Contains($"organisation {organisation}", (string?)refusal["message"], StringComparison.Ordinal);
        var refusedEntry = await OnlyEntryAsync(imported, organisation, "importOrganisation", "REFUSED");
        Assert.Equal(importer, (string?)refusedEntry["username"]);
        Assert.StartsWith("INVALID_INPUT: Nothing was imported", (string?)refusedEntry["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_directors_export_an_organisation_admins_import_and_each_refusal_is_on_the_trail()
    {
        await using var app = new SupportGrainsApp(Store.Sqlite(_folder.File("guarded.db")));
        var admin = await app.AdminAsync();
        var organisation = (string)(await admin.DataAsync("mutation { createOrganisation(input: { name: \"Guarded\", startedOn: \"2024-01-01\" }) { id } }"))["createOrganisation"]!["id"]!;
        var elsewhere = (string)(await admin.DataAsync("mutation { createOrganisation(input: { name: \"Elsewhere\", startedOn: \"2024-01-01\" }) { id } }"))["createOrganisation"]!["id"]!;
        var director = await app.SignInAsync([AccountRole.Director], organisation);
        var colleague = (string)(await director.DataAsync("mutation ($o: ID!) { addStaffMember(input: { organisationId: $o, name: \"Alex\", role: \"Support worker\", startedOn: \"2024-01-01\", contractedHoursPerWeek: 30 }) { id } }", new { o = organisation }))["addStaffMember"]!["id"]!;
        var otherDirector = await app.SignInAsync([AccountRole.Director], elsewhere);
        var staff = await app.SignInAsync([AccountRole.Staff], organisation, colleague);
        var plainAdmin = await app.AdminAsync();

        // Export: the organisation's directors only (an admin who is not one of them reads no care records).
        using (var exported = await director.Http.GetAsync($"/admin/organisations/{organisation}/export"))
        {
            Assert.Equal(HttpStatusCode.OK, exported.StatusCode);
        }

        foreach (var refused in new[] { otherDirector, staff, plainAdmin })
        {
            using var response = await refused.Http.GetAsync($"/admin/organisations/{organisation}/export");
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Contains("is for its directors", (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"], StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Browser().GetAsync($"/admin/organisations/{organisation}/export")).StatusCode);
        var trail = (await director.DataAsync("query ($o: ID!) { auditTrail(organisationId: $o, first: 200) { entries { operation outcome username } } }", new { o = organisation }))["auditTrail"]!["entries"]!.AsArray();
        var exports = trail.Where(e => (string?)e!["operation"] == "exportOrganisation").Select(e => ((string)e!["outcome"]!, (string)e["username"]!)).ToList();
        Assert.Equal(4, exports.Count);
        Assert.Single(exports, e => e.Item1 == "APPLIED");
        Assert.Equal(3, exports.Count(e => e.Item1 == "REFUSED"));

        // Import: admins only; a director's attempt is on their organisation's trail.
        using (var byDirector = await director.Http.PostAsync("/admin/organisations/import", new StringContent("{}")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byDirector.StatusCode);
            Assert.Contains("is for admins", await byDirector.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var attempt = await OnlyEntryAsync(director, organisation, "importOrganisation", "REFUSED");
        Assert.Contains("FORBIDDEN", (string?)attempt["message"], StringComparison.Ordinal);

        using var notAnExport = await plainAdmin.Http.PostAsJsonAsync("/admin/organisations/import", new { hello = "world" });
        Assert.Equal(HttpStatusCode.BadRequest, notAnExport.StatusCode);
        Assert.Contains("not an organisation export", await notAnExport.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The one entry of the trail with this operation and outcome.</summary>
    private static async Task<JsonNode> OnlyEntryAsync(GraphQLClient director, string organisation, string operation, string outcome)
    {
        var entries = (await director.DataAsync("query ($o: ID!) { auditTrail(organisationId: $o, first: 200) { entries { operation outcome username message } } }", new { o = organisation }))["auditTrail"]!["entries"]!.AsArray();
        return Assert.Single(entries, e => (string?)e!["operation"] == operation && (string?)e["outcome"] == outcome)!;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
