using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Tests.Accounts;

/// <summary>
/// Account management over GraphQL: an admin manages every account; a director the staff and
/// team-leader accounts of their own organisation; a refusal is FORBIDDEN, names what was refused,
/// and writes nothing.
/// </summary>
public abstract class AccountAdminContract<TFixture>(TFixture fixture)
    where TFixture : StoreFixture
{
    private const string CreateAccount = "mutation ($input: CreateAccountInput!) { createAccount(input: $input) { username roles organisationId staffId createdAt } }";
    private const string ResetPassword = "mutation ($u: String!, $p: String!) { resetPassword(input: { username: $u, newPassword: $p }) { username } }";

    private SupportGrainsApp App => fixture.App;

    [Fact]
    public async Task An_admin_creates_an_account_that_signs_in_and_resets_its_password()
    {
        var organisation = await TestOrganisation.CreateAsync(App);
        var admin = await App.AdminAsync();
        var username = SupportGrainsApp.NewUsername();

        var created = (await admin.DataAsync(CreateAccount, new { input = new { username = username.ToUpperInvariant(), password = "twelve chars ok", roles = new[] { "STAFF" }, organisationId = organisation.Id, staffId = organisation.StaffId } }))["createAccount"]!;
        var signedIn = await App.TokenClientAsync(username, "twelve chars ok");
        var me = (await signedIn.DataAsync("{ me { username roles organisationId staffId } }"))["me"]!;
        await admin.DataAsync(ResetPassword, new { u = username, p = "a brand new passphrase" });
        using var oldPassword = await App.RequestTokenAsync(username, "twelve chars ok");
        using var oldToken = await signedIn.Http.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });
        using var newPassword = await App.RequestTokenAsync(username, "a brand new passphrase");

        Assert.Equal(username, created["username"]!.GetValue<string>());
        Assert.Equal(["STAFF"], created["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.StartsWith("2026-11-24", created["createdAt"]!.GetValue<string>());
        Assert.Equal(organisation.StaffId, me["staffId"]!.GetValue<string>());
        Assert.Equal(organisation.Id, me["organisationId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, oldToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newPassword.StatusCode);
    }

    [Fact]
    public async Task A_staff_account_may_not_manage_accounts_and_its_attempts_write_nothing()
    {
        var organisation = await TestOrganisation.CreateAsync(App);
        var staffName = SupportGrainsApp.NewUsername();
        var staff = await App.SignInAsync([AccountRole.Staff], organisation.Id, organisation.StaffId, staffName);
        var victim = SupportGrainsApp.NewUsername();
        await App.SignInAsync([AccountRole.Admin], username: victim);
        var wanted = SupportGrainsApp.NewUsername();

        var (create, createMessage) = await staff.ErrorAsync(CreateAccount, new { input = new { username = wanted, password = "twelve chars ok", roles = new[] { "ADMIN" } } });
        var (reset, resetMessage) = await staff.ErrorAsync(ResetPassword, new { u = victim, p = "taken over by staff" });
        var (list, listMessage) = await staff.ErrorAsync("{ accounts { username } }");
        var (roles, rolesMessage) = await staff.ErrorAsync("mutation ($u: String!) { setAccountRoles(input: { username: $u, roles: [ADMIN] }) { username } }", new { u = staffName });
        var (unlock, _) = await staff.ErrorAsync("mutation ($u: String!) { unlockAccount(input: { username: $u }) { username } }", new { u = victim });

        Assert.Equal(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"], new[] { create, reset, list, roles, unlock });
        Assert.Contains("createAccount was refused", createMessage);
        Assert.Contains("resetPassword was refused", resetMessage);
        Assert.Contains("accounts was refused", listMessage);
        Assert.Contains("setAccountRoles was refused", rolesMessage);
        var usernames = (await (await App.AdminAsync()).DataAsync("{ accounts { username } }"))["accounts"]!.AsArray().Select(a => a!["username"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(wanted, usernames);
        using var victimPassword = await App.RequestTokenAsync(victim, SupportGrainsApp.Password);
        Assert.Equal(HttpStatusCode.OK, victimPassword.StatusCode);
        Assert.Equal(["STAFF"], (await staff.DataAsync("{ me { roles } }"))["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_director_manages_staff_and_team_leader_accounts_of_their_own_organisation_only()
    {
        var ours = await TestOrganisation.CreateAsync(App);
        var theirs = await TestOrganisation.CreateAsync(App);
        var director = await App.SignInAsync([AccountRole.Director], ours.Id);
        var leader = SupportGrainsApp.NewUsername();
        var outsider = SupportGrainsApp.NewUsername();
        await App.SignInAsync([AccountRole.Staff], theirs.Id, theirs.StaffId, outsider);

        var created = (await director.DataAsync(CreateAccount, new { input = new { username = leader, password = "twelve chars ok", roles = new[] { "TEAM_LEADER" }, organisationId = ours.Id, staffId = ours.StaffId } }))["createAccount"]!;
        var (asDirector, directorMessage) = await director.ErrorAsync(CreateAccount, new { input = new { username = SupportGrainsApp.NewUsername(), password = "twelve chars ok", roles = new[] { "DIRECTOR" }, organisationId = ours.Id } });
        var (elsewhere, elsewhereMessage) = await director.ErrorAsync(CreateAccount, new { input = new { username = SupportGrainsApp.NewUsername(), password = "twelve chars ok", roles = new[] { "STAFF" }, organisationId = theirs.Id, staffId = theirs.StaffId } });
        var (otherStaff, _) = await director.ErrorAsync("mutation ($u: String!) { setAccountRoles(input: { username: $u, roles: [TEAM_LEADER] }) { username } }", new { u = outsider });
        var changed = (await director.DataAsync("mutation ($u: String!) { setAccountRoles(input: { username: $u, roles: [STAFF, TEAM_LEADER] }) { roles staffId } }", new { u = leader }))["setAccountRoles"]!;
        var listed = (await director.DataAsync("{ accounts { username organisationId } }"))["accounts"]!.AsArray();

        Assert.Equal(["TEAM_LEADER"], created["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("FORBIDDEN", asDirector);
        Assert.Contains("DIRECTOR is given by an admin", directorMessage);
        Assert.Equal("FORBIDDEN", elsewhere);
        Assert.Contains(ours.Id, elsewhereMessage);
        Assert.Equal("FORBIDDEN", otherStaff);
        Assert.Equal(["STAFF", "TEAM_LEADER"], changed["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(ours.StaffId, changed["staffId"]!.GetValue<string>());
        Assert.Equal([leader], listed.Select(a => a!["username"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Roles_set_by_an_admin_apply_to_the_next_request_of_the_account()
    {
        var organisation = await TestOrganisation.CreateAsync(App);
        var username = SupportGrainsApp.NewUsername();
        var staff = await App.SignInAsync([AccountRole.Staff], organisation.Id, organisation.StaffId, username);
        var admin = await App.AdminAsync();

        var before = (await staff.DataAsync("{ me { roles } }"))["me"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        await admin.DataAsync("mutation ($u: String!) { setAccountRoles(input: { username: $u, roles: [TEAM_LEADER, STAFF] }) { username } }", new { u = username });
        var after = (await staff.DataAsync("{ me { roles staffId } }"))["me"]!;

        Assert.Equal(["STAFF"], before);
        Assert.Equal(["STAFF", "TEAM_LEADER"], after["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(organisation.StaffId, after["staffId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Short_passwords_and_accounts_without_their_colleague_are_refused_and_not_created()
    {
        var ours = await TestOrganisation.CreateAsync(App);
        var theirs = await TestOrganisation.CreateAsync(App);
        var admin = await App.AdminAsync();
        var names = Enumerable.Range(0, 4).Select(_ => SupportGrainsApp.NewUsername()).ToList();

        var (shortPassword, shortMessage) = await admin.ErrorAsync(CreateAccount, new { input = new { username = names[0], password = "elevenchars", roles = new[] { "ADMIN" } } });
        var (noColleague, noColleagueMessage) = await admin.ErrorAsync(CreateAccount, new { input = new { username = names[1], password = "twelve chars ok", roles = new[] { "STAFF" }, organisationId = ours.Id } });
        var (wrongColleague, wrongMessage) = await admin.ErrorAsync(CreateAccount, new { input = new { username = names[2], password = "twelve chars ok", roles = new[] { "TEAM_LEADER" }, organisationId = ours.Id, staffId = theirs.StaffId } });
        var (badName, _) = await admin.ErrorAsync(CreateAccount, new { input = new { username = "no spaces allowed", password = "twelve chars ok", roles = new[] { "ADMIN" } } });
        var usernames = (await admin.DataAsync("{ accounts { username } }"))["accounts"]!.AsArray().Select(a => a!["username"]!.GetValue<string>()).ToList();

        Assert.Equal("INVALID_INPUT", shortPassword);
        Assert.Contains("at least 12 characters", shortMessage);
        Assert.Equal("INVALID_INPUT", noColleague);
        Assert.Contains("staffId is missing", noColleagueMessage);
        Assert.Equal("INVALID_INPUT", wrongColleague);
        Assert.Contains($"is not a colleague of organisation {ours.Id}", wrongMessage);
        Assert.Equal("INVALID_INPUT", badName);
        Assert.DoesNotContain(usernames, names.Take(3).Contains);
    }

    [Fact]
    public async Task The_account_that_creates_an_organisation_becomes_its_director()
    {
        var admin = await App.AdminAsync();

        var organisation = (await admin.DataAsync("mutation { createOrganisation(input: { name: \"New\", startedOn: \"2026-01-01\" }) { id } }"))["createOrganisation"]!["id"]!.GetValue<string>();
        var me = (await admin.DataAsync("{ me { roles organisationId } }"))["me"]!;

        Assert.Equal(["DIRECTOR", "ADMIN"], me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal(organisation, me["organisationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_unlocks_an_account_locked_by_wrong_passwords()
    {
        var username = SupportGrainsApp.NewUsername();
        await App.SignInAsync([AccountRole.Admin], username: username);
        for (var i = 0; i < 5; i++)
        {
            (await App.RequestTokenAsync(username, "a wrong passphrase " + i)).Dispose();
        }

        var admin = await App.AdminAsync();
        var locked = (await admin.DataAsync("{ accounts { username failedAttempts lockedUntil } }"))["accounts"]!.AsArray().Single(a => a!["username"]!.GetValue<string>() == username)!;
        var unlocked = (await admin.DataAsync("mutation ($u: String!) { unlockAccount(input: { username: $u }) { failedAttempts lockedUntil } }", new { u = username }))["unlockAccount"]!;
        using var signIn = await App.RequestTokenAsync(username, SupportGrainsApp.Password);

        Assert.Equal(5, locked["failedAttempts"]!.GetValue<int>());
        Assert.NotNull(locked["lockedUntil"]);
        Assert.Equal(0, unlocked["failedAttempts"]!.GetValue<int>());
        Assert.Null(unlocked["lockedUntil"]);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task A_page_signed_in_before_a_password_reset_is_signed_out()
    {
        var username = SupportGrainsApp.NewUsername();
        await App.SignInAsync([AccountRole.Admin], username: username);
        var (_, browser) = await App.CookieSignInAsync(username, SupportGrainsApp.Password);
        var before = new GraphQLClient(browser);
        await before.DataAsync("{ me { username } }");

        await (await App.AdminAsync()).DataAsync(ResetPassword, new { u = username, p = "another long passphrase" });
        using var after = await browser.PostAsJsonAsync("/graphql", new { query = "{ me { username } }" });

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(await after.Content.ReadAsStringAsync())!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        browser.Dispose();
    }
}
