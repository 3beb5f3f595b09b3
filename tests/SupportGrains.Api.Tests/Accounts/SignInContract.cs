using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Api.Tests.Accounts;

/// <summary>
/// Signing in end to end over HTTP: nothing of /graphql without an account, bearer tokens from
/// POST /api/token and personal access tokens, lock-out, and the sign-in page with its cookie.
/// </summary>
public abstract class SignInContract<TFixture>(TFixture fixture)
    where TFixture : StoreFixture
{
    private const string Me = "{ me { username roles organisationId staffId accessTokens { id name kind createdAt expiresAt revokedAt } } }";

    private SupportGrainsApp App => fixture.App;

    [Fact]
    public async Task Unsigned_requests_to_graphql_are_answered_401_with_a_graphql_error_and_write_nothing()
    {
        using var http = App.CreateClient();
        var organisations = await App.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).OrganisationIdsAsync();

        var answers = new[]
        {
            await http.PostAsJsonAsync("/graphql", new { query = "{ organisations { people { profile { aboutMe } } } }" }),
            await http.PostAsJsonAsync("/graphql", new { query = "{ __schema { types { name } } }" }),
            await http.PostAsJsonAsync("/graphql", new { query = "mutation { createOrganisation(input: { name: \"Anonymous\", startedOn: \"2026-01-01\" }) { id } }" }),
            await http.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ organisations { id } }")),
            await http.GetAsync("/graphql?sdl"),
        };

        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            var error = JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["errors"]![0]!;
            Assert.Equal("UNAUTHENTICATED", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Contains("/signin", error["message"]!.GetValue<string>());
            answer.Dispose();
        }

        var after = await App.Services.GetRequiredService<IGrainFactory>().GetGrain<IOrganisationCatalogGrain>(IOrganisationCatalogGrain.Key).OrganisationIdsAsync();
        Assert.Equal(organisations.Length, after.Length);
    }

    [Fact]
    public async Task A_browser_asking_for_the_ide_is_sent_to_sign_in_and_the_health_check_stays_open()
    {
        using var browser = App.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");

        using var ide = await browser.SendAsync(request);
        using var health = await browser.GetAsync("/health");
        using var page = await browser.GetAsync(ide.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, ide.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fgraphql", ide.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<label for=\"username\">", html);
        Assert.Contains("<label for=\"password\">", html);
        Assert.Contains("name=\"returnUrl\" value=\"/graphql\"", html);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_username_get_the_same_401_from_the_token_endpoint()
    {
        var username = await AccountAsync();

        using var wrong = await App.RequestTokenAsync(username, "not the password at all");
        using var unknown = await App.RequestTokenAsync("nobody-" + username, "not the password at all");

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        var wrongError = JsonNode.Parse(await wrong.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("UNAUTHENTICATED", wrongError["code"]!.GetValue<string>());
        Assert.Equal(wrongError.ToJsonString(), JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!["error"]!.ToJsonString());
    }

    [Fact]
    public async Task A_malformed_token_request_is_answered_400_never_500()
    {
        using var http = App.CreateClient();
        var bodies = new (string Body, string Type)[]
        {
            ("{\"username\": \"someone\"", "application/json"),
            ("{\"username\": \"someone\"}", "application/json"),
            ("{\"username\": 12, \"password\": \"x\"}", "application/json"),
            ("[\"someone\", \"secret\"]", "application/json"),
            ("", "application/json"),
            ("username=someone&password=secret", "application/x-www-form-urlencoded"),
        };

        foreach (var (body, type) in bodies)
        {
            using var response = await http.PostAsync("/api/token", new StringContent(body, Encoding.UTF8, type));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body}: HTTP {(int)response.StatusCode}");
            Assert.Equal("INVALID_INPUT", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one_until_the_lock_ends()
    {
        var username = await AccountAsync();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await App.RequestTokenAsync(username, "a wrong passphrase " + i);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await App.RequestTokenAsync(username, SupportGrainsApp.Password);
        App.Time.Advance(TimeSpan.FromMinutes(14));
        using var stillLocked = await App.RequestTokenAsync(username, SupportGrainsApp.Password);
        App.Time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        using var unlocked = await App.RequestTokenAsync(username, SupportGrainsApp.Password);

        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("locked until", JsonNode.Parse(await locked.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, stillLocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
    }

    [Fact]
    public async Task A_username_with_no_account_locks_like_one_with_an_account()
    {
        var username = await AccountAsync();
        var nobody = "nobody-" + username;
        var messages = new List<string>();
        foreach (var name in new[] { username, nobody })
        {
            for (var i = 0; i < 6; i++)
            {
                using var response = await App.RequestTokenAsync(name, "a wrong passphrase " + i);
                if (i == 5)
                {
                    messages.Add(JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["message"]!.GetValue<string>());
                }
            }
        }

        Assert.Contains("locked until", messages[0]);
        Assert.Equal(messages[0], messages[1]);
    }

    [Fact]
    public async Task A_token_from_the_token_endpoint_signs_requests_in_until_it_expires()
    {
        var username = await AccountAsync();
        using var response = await App.RequestTokenAsync(username, SupportGrainsApp.Password);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var client = App.WithToken(body["accessToken"]!.GetValue<string>());

        var me = (await client.DataAsync(Me))["me"]!;
        App.Time.Advance(TimeSpan.FromHours(8) + TimeSpan.FromSeconds(1));
        using var expired = await client.Http.PostAsJsonAsync("/graphql", new { query = Me });

        Assert.StartsWith("sgt_" + username + "_", body["accessToken"]!.GetValue<string>());
        Assert.Equal(SupportGrainsApp.Now.AddHours(8), DateTimeOffset.Parse(body["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(1));
        Assert.Equal(username, me["username"]!.GetValue<string>());
        Assert.Contains(me["accessTokens"]!.AsArray(), t => t!["kind"]!.GetValue<string>() == "SIGN_IN" && t["name"]!.GetValue<string>() == "Signed in through /api/token");
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
    }

    [Fact]
    public async Task A_personal_access_token_is_listed_in_me_works_and_stops_at_once_when_revoked()
    {
        var username = await AccountAsync();
        var owner = await App.TokenClientAsync(username, SupportGrainsApp.Password);

        var created = (await owner.DataAsync("mutation { createAccessToken(input: { name: \"Rota export\", expiresInDays: 30 }) { secret token { id name kind expiresAt revokedAt } } }"))["createAccessToken"]!;
        var program = App.WithToken(created["secret"]!.GetValue<string>());
        var asProgram = (await program.DataAsync(Me))["me"]!;
        var listed = (await owner.DataAsync(Me))["me"]!["accessTokens"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == created["token"]!["id"]!.GetValue<string>())!;
        var revoked = (await owner.DataAsync("mutation ($id: ID!) { revokeAccessToken(input: { id: $id }) { id revokedAt } }", new { id = created["token"]!["id"]!.GetValue<string>() }))["revokeAccessToken"]!;
        using var afterRevoke = await program.Http.PostAsJsonAsync("/graphql", new { query = Me });
        var stillOwner = (await owner.DataAsync(Me))["me"]!;

        Assert.Equal(username, asProgram["username"]!.GetValue<string>());
        Assert.Equal("Rota export", listed["name"]!.GetValue<string>());
        Assert.Equal("PERSONAL", listed["kind"]!.GetValue<string>());
        Assert.Null(listed["revokedAt"]);
        Assert.StartsWith("2026-12-24", listed["expiresAt"]!.GetValue<string>());
        Assert.NotNull(revoked["revokedAt"]);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.Contains("not accepted", await afterRevoke.Content.ReadAsStringAsync());
        Assert.Equal(username, stillOwner["username"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_revoked_by_another_process_is_taken_until_the_recheck_time_has_passed_then_refused()
    {
        var username = await AccountAsync();
        var owner = await App.TokenClientAsync(username, SupportGrainsApp.Password);
        var created = (await owner.DataAsync("mutation { createAccessToken(input: { name: \"Nightly report\", expiresInDays: 30 }) { secret token { id } } }"))["createAccessToken"]!;
        var program = App.WithToken(created["secret"]!.GetValue<string>());
        using var checkedNow = await program.Http.PostAsJsonAsync("/graphql", new { query = Me });

        // As another app process of a cluster would: at the account's grain, not through this process.
        await App.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(username)
            .RevokeTokenAsync(created["token"]!["id"]!.GetValue<string>(), SupportGrains.Grains.Common.ChangeContext.None);
        using var withinRecheck = await program.Http.PostAsJsonAsync("/graphql", new { query = Me });
        App.Time.Advance(new Api.Accounts.AccountOptions().BearerTokenRecheck + TimeSpan.FromMilliseconds(1));
        using var afterRecheck = await program.Http.PostAsJsonAsync("/graphql", new { query = Me });

        Assert.Equal(HttpStatusCode.OK, checkedNow.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withinRecheck.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRecheck.StatusCode);
    }

    [Fact]
    public async Task A_token_of_another_account_cannot_be_revoked_and_a_personal_token_lasts_a_year_at_most()
    {
        var owner = await App.SignInAsync([AccountRole.Admin]);
        var other = await App.SignInAsync([AccountRole.Admin]);
        var token = (await owner.DataAsync("mutation { createAccessToken(input: { name: \"Mine\" }) { token { id expiresAt } } }"))["createAccessToken"]!["token"]!;

        var (code, message) = await other.ErrorAsync("mutation ($id: ID!) { revokeAccessToken(input: { id: $id }) { id } }", new { id = token["id"]!.GetValue<string>() });
        var (tooLong, _) = await owner.ErrorAsync("mutation { createAccessToken(input: { name: \"Forever\", expiresInDays: 400 }) { secret } }");
        var tokens = (await owner.DataAsync(Me))["me"]!["accessTokens"]!.AsArray();

        Assert.Equal("NOT_FOUND", code);
        Assert.Contains(token["id"]!.GetValue<string>(), message);
        Assert.Equal("INVALID_INPUT", tooLong);
        Assert.StartsWith("2027-02-22", token["expiresAt"]!.GetValue<string>());
        Assert.DoesNotContain(tokens, t => t!["name"]!.GetValue<string>() == "Forever");
        Assert.All(tokens, t => Assert.Null(t!["revokedAt"]));
    }

    [Fact]
    public async Task A_browser_signs_in_through_the_form_and_its_cookie_reaches_graphql()
    {
        var username = await AccountAsync();

        var (response, browser) = await App.CookieSignInAsync(username, SupportGrainsApp.Password, "/graphql?tab=docs");
        var me = (await new GraphQLClient(browser).DataAsync(Me))["me"]!;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql?tab=docs", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sg.signin=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(username, me["username"]!.GetValue<string>());
        response.Dispose();
        browser.Dispose();
    }

    [Fact]
    public async Task The_form_without_its_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        var username = await AccountAsync();

        var (response, browser) = await App.CookieSignInAsync(username, SupportGrainsApp.Password, withAntiforgery: false);
        using var graphql = await browser.PostAsJsonAsync("/graphql", new { query = Me });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("did not come from this site", await response.Content.ReadAsStringAsync());
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("sg.signin=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Unauthorized, graphql.StatusCode);
        response.Dispose();
        browser.Dispose();
    }

    [Fact]
    public async Task A_wrong_password_on_the_form_shows_the_error_beside_it_and_keeps_the_username()
    {
        var username = await AccountAsync();

        var (response, browser) = await App.CookieSignInAsync(username, "not the password at all");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("role=\"alert\">The username or password is not right.", html);
        Assert.Contains($"value=\"{username}\" aria-invalid=\"true\" aria-describedby=\"signin-error\"", html);
        response.Dispose();
        browser.Dispose();
    }

    [Fact]
    public async Task After_signing_in_the_browser_goes_only_to_a_page_of_this_site()
    {
        var username = await AccountAsync();
        foreach (var elsewhere in new[] { "https://elsewhere.example/", "//elsewhere.example/", "/\\elsewhere.example/" })
        {
            var (response, browser) = await App.CookieSignInAsync(username, SupportGrainsApp.Password, elsewhere);
            Assert.Equal("/", response.Headers.Location!.OriginalString);
            response.Dispose();
            browser.Dispose();
        }
    }

    [Fact]
    public async Task Signing_out_ends_the_cookie()
    {
        var username = await AccountAsync();
        var (signedIn, browser) = await App.CookieSignInAsync(username, SupportGrainsApp.Password);
        var page = await browser.GetStringAsync("/signin");

        using var signOut = await browser.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SupportGrainsApp.AntiforgeryToken(page) }));
        using var graphql = await browser.PostAsJsonAsync("/graphql", new { query = Me });

        Assert.Contains($"Signed in as {username}", page);
        Assert.Equal("/signin", signOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, graphql.StatusCode);
        signedIn.Dispose();
        browser.Dispose();
    }

    [Fact]
    public async Task The_dashboard_is_for_a_signed_in_admin()
    {
        var admin = await App.SignInAsync([AccountRole.Admin], username: SupportGrainsApp.NewUsername());
        var staffName = await AccountAsync();
        var adminName = (await admin.DataAsync("{ me { username } }"))["me"]!["username"]!.GetValue<string>();
        var (_, adminBrowser) = await App.CookieSignInAsync(adminName, SupportGrainsApp.Password);
        var (_, staffBrowser) = await App.CookieSignInAsync(staffName, SupportGrainsApp.Password);
        using var nobody = App.Browser();

        using var asAdmin = await adminBrowser.GetAsync("/dashboard/");
        using var asStaff = await staffBrowser.GetAsync("/dashboard/");
        using var unsigned = await nobody.GetAsync("/dashboard");

        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);
        Assert.Contains("<html", await asAdmin.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Forbidden, asStaff.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, unsigned.StatusCode);
        Assert.StartsWith("/signin?returnUrl=", unsigned.Headers.Location!.OriginalString);
        adminBrowser.Dispose();
        staffBrowser.Dispose();
    }

    /// <summary>A new account of a new organisation's colleague (role STAFF); its username.</summary>
    private async Task<string> AccountAsync()
    {
        var organisation = await TestOrganisation.CreateAsync(App);
        var username = SupportGrainsApp.NewUsername();
        await App.SignInAsync([AccountRole.Staff], organisation.Id, organisation.StaffId, username);
        return username;
    }
}
