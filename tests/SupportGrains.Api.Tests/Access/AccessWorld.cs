using System.Text.Json.Nodes;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Tests.Access;

/// <summary>
/// Two organisations built through the API, with an account for each role of the table.
/// Organisation A: Sam's team is led by Lee, with Wren and Wyn matched and Cora, a candidate, at
/// INTERESTED; Jo's team is led by Lou, with Wes matched; Wren knows Kit; nobody works with Ola;
/// Lou knows Sam and Wren. Organisation B supports Bea. The accounts: Wren (staff), Lee (leader of
/// Sam's team), Lou (leader of another team), a director of A, a director of B, an admin who is no
/// director, Wyn (another staff account in Sam's team), and no account at all.
/// </summary>
public sealed class AccessWorld
{
    public const string Today = "2026-11-24";

    private int _counter;

    private AccessWorld(SupportGrainsApp app, GraphQLClient builder)
    {
        App = app;
        Builder = builder;
    }

    public SupportGrainsApp App { get; }

    /// <summary>The admin account that created organisation A and so is its director too: it sets things up.</summary>
    public GraphQLClient Builder { get; }

    public string Organisation { get; private set; } = "";

    public string OtherOrganisation { get; private set; } = "";

    public string Sam { get; private set; } = "";

    public string Jo { get; private set; } = "";

    public string Kit { get; private set; } = "";

    public string Ola { get; private set; } = "";

    public string Bea { get; private set; } = "";

    public string Lee { get; private set; } = "";

    public string Lou { get; private set; } = "";

    public string Wren { get; private set; } = "";

    public string Wyn { get; private set; } = "";

    public string Wes { get; private set; } = "";

    public string Cora { get; private set; } = "";

    public string BeasWorker { get; private set; } = "";

    public string SamsMatchWithWren { get; private set; } = "";

    public string JosMatchWithWes { get; private set; } = "";

    public IReadOnlyDictionary<Role, RoleAccount> Accounts { get; private set; } = new Dictionary<Role, RoleAccount>();

    /// <summary>Wyn's account: a second support worker in Sam's team.</summary>
    public RoleAccount Teammate { get; private set; } = null!;

    public RoleAccount this[Role role] => Accounts[role];

    /// <summary>The director of A, who reads everything back to compare.</summary>
    public GraphQLClient Director => Accounts[Role.Director].Client;

    public GraphQLClient OtherDirector => Accounts[Role.DirectorElsewhere].Client;

    public static async Task<AccessWorld> BuildAsync(SupportGrainsApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = new AccessWorld(app, await app.AdminAsync());
        await world.BuildAsync();
        return world;
    }

    /// <summary>A number of its own for each thing a test makes, so names and days never collide.</summary>
    public int Next() => Interlocked.Increment(ref _counter);

    /// <summary>A new account of a role (for a change that alters the account that asks).</summary>
    public async Task<RoleAccount> NewAccountAsync(Role role)
    {
        var (roles, organisation, staff) = role switch
        {
            Role.StaffInTheTeam => ((AccountRole[])[AccountRole.Staff], Organisation, Wren),
            Role.LeaderOfTheTeam => ([AccountRole.TeamLeader], Organisation, Lee),
            Role.LeaderOfAnotherTeam => ([AccountRole.TeamLeader], Organisation, Lou),
            Role.Director => ([AccountRole.Director], Organisation, null),
            Role.DirectorElsewhere => ([AccountRole.Director], OtherOrganisation, null),
            Role.Admin => ([AccountRole.Admin], null, (string?)null),
            _ => ((AccountRole[])[], null, null),
        };
        if (role == Role.Unsigned)
        {
            return new RoleAccount(role, new GraphQLClient(App.CreateClient()), "", "", null, null);
        }

        var username = SupportGrainsApp.NewUsername();
        var client = await App.SignInAsync(roles, organisation, staff, username);
        return new RoleAccount(role, client, username, string.Join(",", roles.Select(ClaimName).Order(StringComparer.Ordinal)), organisation, staff);
    }

    /// <summary>A person of organisation A whose team Lee leads, with Wren matched: the person of one test case.</summary>
    public async Task<(string Person, string WrensMatch)> TeamAsync()
    {
        var person = await PersonAsync(Organisation, $"Person {Next()}");
        await SetLeadersAsync(person, Lee);
        return (person, await MatchAsync(person, Wren, "MATCHED"));
    }

    public async Task<string> PersonAsync(string organisation, string name) =>
        Id(await Builder.DataAsync(
            "mutation ($input: AddPersonInput!) { addPerson(input: $input) { id } }",
            new { input = new { organisationId = organisation, name, supportStartedOn = "2024-01-01", fundedHoursPerWeek = 40.0, overrideReason = "Access tests" } }), "addPerson");

    public async Task<string> StaffAsync(string organisation, string name, bool isLeader = false) =>
        Id(await Builder.DataAsync(
            "mutation ($input: AddStaffMemberInput!) { addStaffMember(input: $input) { id } }",
            new { input = new { organisationId = organisation, name, role = isLeader ? "Team leader" : "Support worker", isLeader, startedOn = "2024-01-01", contractedHoursPerWeek = 30.0 } }), "addStaffMember");

    public async Task<string> CandidateAsync(string name) =>
        Id(await Builder.DataAsync(
            "mutation ($input: AddCandidateInput!) { addCandidate(input: $input) { id } }",
            new { input = new { organisationId = Organisation, name, email = $"{name.ToLowerInvariant()}@example.org", phone = "07700 900123" } }), "addCandidate");

    public async Task<string> MatchAsync(string person, string staff, string stage) =>
        Id(await Builder.DataAsync(
            "mutation ($input: StartMatchInput!) { startMatch(input: $input) { id } }",
            new { input = new { personId = person, staffId = staff, stage } }), "startMatch");

    public Task SetLeadersAsync(string person, params string[] leaders) =>
        Builder.DataAsync("mutation ($p: ID!, $l: [ID!]!) { setTeamLeaders(input: { personId: $p, staffIds: $l }) { id } }", new { p = person, l = leaders });

    public Task KnowsAsync(string staff, string? person = null, string? colleague = null, string on = "2026-11-20") =>
        Builder.DataAsync("mutation ($input: RecordKnowsInput!) { recordKnows(input: $input) { id } }",
            new { input = new { staffId = staff, personId = person, colleagueId = colleague, lastTogetherOn = on } });

    public async Task<string> ShiftAsync(string person, string day, string? colleague) =>
        Id(await Builder.DataAsync(
            "mutation ($input: AddShiftInput!) { addShift(input: $input) { id } }",
            new { input = new { personId = person, day, start = "08:00", end = "16:00", colleagueId = colleague } }), "addShift");

    /// <summary>A day of next week or later for a shift, different for each call.</summary>
    public string ShiftDay() => new DateOnly(2026, 11, 30).AddDays(Next() % 60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Id(JsonNode data, string field) => data[field]!["id"]!.GetValue<string>();

    private static string ClaimName(AccountRole role) => role switch
    {
        AccountRole.Staff => "staff",
        AccountRole.TeamLeader => "teamleader",
        AccountRole.Director => "director",
        _ => "admin",
    };

    private async Task BuildAsync()
    {
        Organisation = Id(await Builder.DataAsync("mutation { createOrganisation(input: { name: \"Organisation A\", startedOn: \"2020-01-01\", fundedPosts: 500 }) { id } }"), "createOrganisation");
        await Builder.DataAsync(
            "mutation ($o: ID!) { setSizeGuidance(organisationId: $o, input: { firstYearLimit: 1000, yearlyGrowthLimit: 1000, ceilingAmber: 2000, ceilingRed: 3000, maxTeamsPerStaff: 1000, leaderContactDays: 30 }) { id } }",
            new { o = Organisation });
        Lee = await StaffAsync(Organisation, "Lee", isLeader: true);
        Lou = await StaffAsync(Organisation, "Lou", isLeader: true);
        Wren = await StaffAsync(Organisation, "Wren");
        Wyn = await StaffAsync(Organisation, "Wyn");
        Wes = await StaffAsync(Organisation, "Wes");
        Cora = await CandidateAsync("Cora");
        Sam = await PersonAsync(Organisation, "Sam");
        Jo = await PersonAsync(Organisation, "Jo");
        Kit = await PersonAsync(Organisation, "Kit");
        Ola = await PersonAsync(Organisation, "Ola");
        await SetLeadersAsync(Sam, Lee);
        await SetLeadersAsync(Jo, Lou);
        SamsMatchWithWren = await MatchAsync(Sam, Wren, "MATCHED");
        await MatchAsync(Sam, Wyn, "MATCHED");
        await MatchAsync(Sam, Cora, "INTERESTED");
        JosMatchWithWes = await MatchAsync(Jo, Wes, "MATCHED");
        await KnowsAsync(Wren, person: Kit);
        await KnowsAsync(Lou, person: Sam);
        await KnowsAsync(Lou, colleague: Wren);

        // Organisation B, created by another admin; its director below holds no admin role.
        var otherBuilder = await App.AdminAsync();
        OtherOrganisation = Id(await otherBuilder.DataAsync("mutation { createOrganisation(input: { name: \"Organisation B\", startedOn: \"2020-01-01\" }) { id } }"), "createOrganisation");
        Bea = Id(await otherBuilder.DataAsync(
            "mutation ($o: ID!) { addPerson(input: { organisationId: $o, name: \"Bea\", supportStartedOn: \"2024-01-01\", fundedHoursPerWeek: 20 }) { id } }", new { o = OtherOrganisation }), "addPerson");
        BeasWorker = Id(await otherBuilder.DataAsync(
            "mutation ($o: ID!) { addStaffMember(input: { organisationId: $o, name: \"Bo\", role: \"Support worker\", startedOn: \"2024-01-01\", contractedHoursPerWeek: 30 }) { id } }", new { o = OtherOrganisation }), "addStaffMember");
        await otherBuilder.DataAsync("mutation ($p: ID!, $s: ID!) { startMatch(input: { personId: $p, staffId: $s, stage: MATCHED }) { id } }", new { p = Bea, s = BeasWorker });

        var accounts = new Dictionary<Role, RoleAccount>();
        foreach (var role in Enum.GetValues<Role>())
        {
            accounts[role] = await NewAccountAsync(role);
        }

        Accounts = accounts;
        var wyn = SupportGrainsApp.NewUsername();
        Teammate = new RoleAccount(Role.StaffInTheTeam, await App.SignInAsync([AccountRole.Staff], Organisation, Wyn, wyn), wyn, "staff", Organisation, Wyn);
    }
}
