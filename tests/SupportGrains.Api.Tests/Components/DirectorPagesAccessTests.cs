using Microsoft.Playwright;
using SupportGrains.Api.Accounts;
using SupportGrains.Api.Components;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Tests.Components;

/// <summary>
/// The director's pages (Organisation, Plan, Audit) for everyone else: not offered in the navigation,
/// refused in words when opened by address, and refused (FORBIDDEN) by the API for the same reading.
/// And each demo role, signed in, sees the navigation its role is given.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class DirectorPagesAccessTests(WebAppFixture web)
{
    private static readonly string[] DirectorPages = ["/organisation", "/plan", "/audit"];

    [Theory]
    [InlineData(DemoAccounts.Leader)]
    [InlineData(DemoAccounts.Staff)]
    public async Task A_leader_or_staff_member_is_not_offered_the_directors_pages_and_is_refused_them_by_the_page_and_the_api(string username)
    {
        var page = await web.SignInAsync(username, "/organisation", Viewport.Desktop);
        foreach (var path in DirectorPages)
        {
            await web.OpenAsync(page, path);

            await Expect(page.Locator("[data-testid=load-error]")).ToContainTextAsync("is for its directors");
            await Expect(page.Locator("nav[aria-label=Pages] a.mud-nav-link")).Not.ToHaveCountAsync(0);
            foreach (var hidden in DirectorPages)
            {
                await Expect(page.Locator($"nav[aria-label=Pages] a[href=\"{hidden}\"]")).ToHaveCountAsync(0);
            }
        }

        var api = await web.ApiAsync(username);
        var id = SampleOrganisation.DefaultId;
        Assert.Equal("FORBIDDEN", (await api.ErrorAsync("query ($id: ID!) { organisation(id: $id) { sizeCheck { status } } }", new { id })).Code);
        Assert.Equal("FORBIDDEN", (await api.ErrorAsync("query ($id: ID!) { organisation(id: $id) { workforce { vacancyRate } } }", new { id })).Code);
        Assert.Equal("FORBIDDEN", (await api.ErrorAsync("query ($id: ID!) { growthPlan(organisationId: $id, adding: 3, by: \"2027-06-30\") { status } }", new { id })).Code);
        Assert.Equal("FORBIDDEN", (await api.ErrorAsync("query ($id: ID!) { auditTrail(organisationId: $id) { entries { id } } }", new { id })).Code);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(DemoAccounts.Director, true, true)]
    [InlineData(DemoAccounts.Leader, true, false)]
    [InlineData(DemoAccounts.Staff, false, false)]
    public async Task Each_colleague_role_signed_in_sees_the_pages_its_role_is_given(string username, bool leads, bool directs)
    {
        var page = await web.SignInAsync(username, "/me", Viewport.Desktop);

        var shown = await page.Locator("nav[aria-label=Pages] a.mud-nav-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var expected = new List<string> { Navigation.Home };
        expected.AddRange(Built(leads, "/people", "/rota", "/matches"));
        expected.AddRange(Built(directs, "/organisation", "/plan", "/audit"));
        Assert.Equal(expected, shown);
        Assert.Equal(directs, shown.Contains("/audit"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_admin_signed_in_is_offered_none_of_the_care_pages()
    {
        var page = await web.SignInAsync(DemoAccounts.Admin, "/me", Viewport.Desktop);

        await Expect(page.Locator("main")).ToContainTextAsync("is not a colleague's");
        await Expect(page.Locator("nav[aria-label=Pages] a.mud-nav-link")).ToHaveCountAsync(0);
        await web.OpenAsync(page, "/audit");
        await Expect(page.Locator("[data-testid=load-error]")).ToContainTextAsync("belongs to no organisation");
        await page.Context.CloseAsync();
    }

    // The pages of a group that are built in this app (the others are not offered yet, to anyone).
    private static IEnumerable<string> Built(bool given, params string[] paths) => given ? paths.Where(Navigation.Built.Contains) : [];

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
