using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// Every page of the web app, as the demo account that uses it: the rows the page checks run over.
/// A new page adds its row here (and its screenshots appear in docs/screenshots).
/// </summary>
public static class PageChecks
{
    /// <summary>(screenshot name, address, demo account).</summary>
    public static TheoryData<string, string, string> Pages { get; } = new()
    {
        { "me", "/me", DemoAccounts.Staff },
        { "me-leader", "/me", DemoAccounts.Leader },
        { "organisation", "/organisation", DemoAccounts.Director },
        { "plan", "/plan", DemoAccounts.Director },
        { "audit", "/audit", DemoAccounts.Director },
        { "people", "/people", DemoAccounts.Leader },
        { "person", $"/people/{SampleOrganisation.SamId}", DemoAccounts.Leader },
        { "person-print", $"/people/{SampleOrganisation.SamId}/print", DemoAccounts.Leader },
        { "rota", $"/rota?person={SampleOrganisation.SamId}", DemoAccounts.Leader },
        { "matches", $"/matches?person={SampleOrganisation.SamId}", DemoAccounts.Leader },
        { "matches-everyone", "/matches", DemoAccounts.Leader },
    };
}
