using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Api.Accounts;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests;

/// <summary>The embedded default: the sample organisation answers a newcomer's questions at once (signed in as the demo director).</summary>
public sealed class SampleOrganisationTests : IAsyncLifetime
{
    private readonly TempDirectory _folder = new("sg-sample");
    private SupportGrainsApp _app = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = new SupportGrainsApp(Store.Sqlite(Path.Combine(_folder.Path, "sample.db")), sampleData: true);
        _client = await _app.TokenClientAsync(DemoAccounts.Director, DemoAccounts.Password);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Who_knows_everyone_is_answered_from_the_sample()
    {
        var data = await _client.DataAsync("{ organisations { name people { id } whoKnowsEveryone { name isLeader } } }");

        var organisation = Assert.Single(data["organisations"]!.AsArray())!;
        Assert.Equal(19, organisation["people"]!.AsArray().Count);
        Assert.NotEmpty(organisation["whoKnowsEveryone"]!.AsArray());
    }

    [Fact]
    public async Task Can_we_take_on_another_person_this_year_is_answered_with_the_why()
    {
        var data = await _client.DataAsync("{ organisation(id: \"org-northfield\") { sizeCheck(adding: 1) { status inFirstYear peopleSupported findings { code status message } } } }");

        var check = data["organisation"]!["sizeCheck"]!;
        Assert.Equal("AMBER", check["status"]!.GetValue<string>());
        Assert.False(check["inFirstYear"]!.GetValue<bool>());
        Assert.All(check["findings"]!.AsArray(), f => Assert.False(string.IsNullOrWhiteSpace(f!["message"]!.GetValue<string>())));
    }

    [Fact]
    public async Task Is_sams_match_working_is_answered_from_the_reviews()
    {
        var data = await _client.DataAsync("{ person(id: \"p-sam\") { name team { members { staff { name } match { stage reviews { perspective working notWorking actions } } } } } }");

        var members = data["person"]!["team"]!["members"]!.AsArray();
        var reviews = members.SelectMany(m => m!["match"]!["reviews"]!.AsArray()).ToList();
        Assert.StartsWith("Sam", data["person"]!["name"]!.GetValue<string>());
        Assert.Contains(reviews, r => r!["perspective"]!.GetValue<string>() == "FAMILY");
        Assert.Contains(reviews, r => r!["notWorking"]!.AsArray().Count > 0);
    }

    [Fact]
    public async Task The_team_query_makes_one_grain_call_per_grain()
    {
        await _client.DataAsync("{ organisations { id } }");
        _app.Calls.Reset();

        var data = await _client.DataAsync("{ organisation(id: \"org-northfield\") { people { team { members { staff { id name } } } } } }");

        var calls = _app.Calls.Count;
        var people = data["organisation"]!["people"]!.AsArray();
        var memberStaff = people.SelectMany(p => p!["team"]!["members"]!.AsArray()).Select(m => m!["staff"]!["id"]!.GetValue<string>()).Distinct().Count();

        // The account behind the bearer token is not asked again (it was a moment ago: Accounts:BearerTokenRecheck);
        // then the organisation, the organisation again for all its people at once (from its kept snapshot), and its
        // answer for each current person's team, which brings the members' views with it: no call per member.
        Assert.True(memberStaff > people.Count, "the teams have more members than there are teams");
        Assert.Equal(1 + 1 + people.Count, calls);
    }

    [Fact]
    public async Task A_persons_team_is_right_when_the_hint_of_their_organisation_is_wrong()
    {
        const string Query = "{ person(id: \"p-sam\") { name team { fundedHoursPerWeek members { staff { id } match { stage } } } } }";
        var first = (await _client.DataAsync(Query)).ToJsonString();
        var homes = _app.Services.GetRequiredService<SupportGrains.Api.GraphQL.PersonHomes>();
        Assert.Equal("org-northfield", homes.Of("p-sam"));

        // The team is asked first of the organisation the hint names, and its answer brings the person's
        // view; when that organisation does not know them, the person is read and their own organisation asked.
        homes.Remember("p-sam", "org-elsewhere");
        _app.Calls.Reset();
        var misled = (await _client.DataAsync(Query)).ToJsonString();
        var misledCalls = _app.Calls.Count;
        _app.Calls.Reset();
        var again = (await _client.DataAsync(Query)).ToJsonString();

        Assert.Contains("\"members\":[{", first);
        Assert.Equal(first, misled);
        Assert.Equal(first, again);
        Assert.Equal("org-northfield", homes.Of("p-sam"));
        Assert.Equal(3, misledCalls);
        Assert.Equal(1, _app.Calls.Count);
    }

    [Fact]
    public async Task A_persons_team_asked_in_one_call_shows_a_change_to_the_person_at_once()
    {
        const string Query = "{ person(id: \"p-sam\") { fundedHoursPerWeek team { fundedHoursPerWeek } } }";
        var before = await _client.DataAsync(Query);
        var hours = before["person"]!["fundedHoursPerWeek"]!.GetValue<double>() + 3;

        await _client.DataAsync($"mutation {{ setFundedHours(personId: \"p-sam\", hoursPerWeek: {hours.ToString(System.Globalization.CultureInfo.InvariantCulture)}) {{ id }} }}");
        _app.Calls.Reset();
        var after = await _client.DataAsync(Query);

        // The person's view comes with their team from the organisation's snapshot, which the change renewed before it was acknowledged.
        Assert.Equal(1, _app.Calls.Count);
        Assert.Equal(hours, after["person"]!["fundedHoursPerWeek"]!.GetValue<double>());
        Assert.Equal(hours, after["person"]!["team"]!["fundedHoursPerWeek"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_health_check_reports_the_silo_and_the_store()
    {
        using var response = await _client.Http.GetAsync("/health");
        using var live = await _client.Http.GetAsync("/health/live");
        using var ready = await _client.Http.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_ide_is_served_to_browsers_and_the_sdl_can_be_downloaded()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var ide = await _client.Http.SendAsync(request);
        var sdl = await _client.Http.GetStringAsync("/graphql?sdl");

        Assert.Contains("SupportGrains", await ide.Content.ReadAsStringAsync());
        Assert.Contains("type Organisation", sdl);
        Assert.Contains("sizeCheck(adding: Int = 0, asOf: Date): SizeCheck!", sdl);
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405()
    {
        using var response = await _client.Http.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { createOrganisation(input: { name: \"x\", startedOn: \"2026-01-01\" }) { id } }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Single((await _client.DataAsync("{ organisations { id } }"))["organisations"]!.AsArray());
    }

    [Fact]
    public async Task Sams_week_shows_its_hours_the_open_shift_and_the_colleague_rostered_on_leave()
    {
        var data = await _client.DataAsync(
            "{ person(id: \"p-sam\") { team { coveredHoursFrom coveredHoursPerWeek rota { week rosteredHours continuity openShifts { day note } clashes { kind message colleague { name } } pattern { weeks } shifts { colleague { shifts { day } } } } } } }");

        var team = data["person"]!["team"]!;
        var rota = team["rota"]!;
        Assert.Equal("ROTA", team["coveredHoursFrom"]!.GetValue<string>());
        Assert.Equal("2026-11-23", rota["week"]!.GetValue<string>());
        Assert.Equal(2, rota["pattern"]!["weeks"]!.GetValue<int>());
        Assert.Equal("2026-11-28", Assert.Single(rota["openShifts"]!.AsArray())!["day"]!.GetValue<string>());
        var clash = Assert.Single(rota["clashes"]!.AsArray())!;
        Assert.Equal("NOT_AVAILABLE", clash["kind"]!.GetValue<string>());
        Assert.StartsWith(clash["colleague"]!["name"]!.GetValue<string>() + " is rostered Fri 2026-11-27", clash["message"]!.GetValue<string>());
        Assert.True(team["coveredHoursPerWeek"]!.GetValue<double>() < rota["rosteredHours"]!.GetValue<double>());
        Assert.All(rota["shifts"]!.AsArray().Where(s => s!["colleague"] is not null), s => Assert.NotEmpty(s!["colleague"]!["shifts"]!.AsArray()));
    }
}
