using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Tests.Accounts;

/// <summary>The demo accounts come with the sample organisation, and only with it.</summary>
public sealed class DemoAccountTests
{
    [Fact]
    public async Task The_demo_accounts_come_with_the_sample_and_sign_in_with_the_demo_password()
    {
        await using var sample = new SeparateApp(sampleData: true);
        var app = sample.App;
        var accounts = new Dictionary<string, JsonNode>();
        foreach (var name in new[] { DemoAccounts.Director, DemoAccounts.Leader, DemoAccounts.Staff, DemoAccounts.Admin })
        {
            var client = await app.TokenClientAsync(name, DemoAccounts.Password);
            accounts[name] = (await client.DataAsync("{ me { username roles organisationId staffId } }"))["me"]!;
        }

        var director = await app.TokenClientAsync(DemoAccounts.Director, DemoAccounts.Password);
        var people = await director.DataAsync(
            "query ($d: ID!, $l: ID!) { director: staffMember(id: $d) { role } leader: staffMember(id: $l) { role isLeader } person(id: \"p-sam\") { team { members { staff { id role } match { stage } } } } }",
            new { d = accounts[DemoAccounts.Director]["staffId"]!.GetValue<string>(), l = accounts[DemoAccounts.Leader]["staffId"]!.GetValue<string>() });

        Assert.Equal(["DIRECTOR"], Roles(accounts[DemoAccounts.Director]));
        Assert.Equal("Director", people["director"]!["role"]!.GetValue<string>());
        Assert.Equal(["TEAM_LEADER"], Roles(accounts[DemoAccounts.Leader]));
        Assert.Equal("s-northfield-002", accounts[DemoAccounts.Leader]["staffId"]!.GetValue<string>());
        Assert.Equal("Team leader", people["leader"]!["role"]!.GetValue<string>());
        Assert.Equal(["STAFF"], Roles(accounts[DemoAccounts.Staff]));
        var worker = accounts[DemoAccounts.Staff]["staffId"]!.GetValue<string>();
        var member = people["person"]!["team"]!["members"]!.AsArray().Single(m => m!["staff"]!["id"]!.GetValue<string>() == worker)!;
        Assert.Equal("MATCHED", member["match"]!["stage"]!.GetValue<string>());
        Assert.Equal("Support worker", member["staff"]!["role"]!.GetValue<string>());
        Assert.Equal(["ADMIN"], Roles(accounts[DemoAccounts.Admin]));
        Assert.Null(accounts[DemoAccounts.Admin]["organisationId"]);
        Assert.All(accounts.Values.Take(3), a => Assert.Equal("org-northfield", a["organisationId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Without_the_sample_there_are_no_demo_accounts()
    {
        await using var empty = new SeparateApp(sampleData: false);
        var app = empty.App;

        using var director = await app.RequestTokenAsync(DemoAccounts.Director, DemoAccounts.Password);
        var usernames = await app.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountCatalogGrain>(IAccountCatalogGrain.Key).UsernamesAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, director.StatusCode);
        Assert.Empty(usernames);
    }

    private static IEnumerable<string> Roles(JsonNode account) => account["roles"]!.AsArray().Select(r => r!.GetValue<string>());
}
