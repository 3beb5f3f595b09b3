using System.Net;
using System.Net.Http.Headers;
using System.Text;
using SupportGrains.Api.Tests.Accounts;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>What the hostile-input run found answered with a 500 or with an empty body, each now a 4xx that says why.</summary>
public sealed class ClearRefusalTests(SqliteStoreFixture fixture) : IClassFixture<SqliteStoreFixture>
{
    private SupportGrainsApp App => fixture.App;

    [Fact]
    public async Task A_path_nothing_serves_and_a_method_a_route_does_not_take_say_so()
    {
        using var http = App.CreateClient();

        using var missing = await http.GetAsync("/nothing/here");
        using var put = await http.PutAsync("/api/token", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.StartsWith("Nothing is served at /nothing/here.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        var allowed = await put.Content.ReadAsStringAsync();
        Assert.StartsWith("/api/token does not take PUT: use ", allowed, StringComparison.Ordinal);
        Assert.Contains("POST", allowed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task An_empty_id_is_invalid_input_not_an_internal_error(string id)
    {
        var admin = await App.AdminAsync();

        var (code, message) = await admin.ErrorAsync("query ($id: ID!) { person(id: $id) { name } }", new { id });

        Assert.Equal("INVALID_INPUT", code);
        Assert.StartsWith("An id cannot be empty", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_form_that_cannot_be_read_is_a_400_saying_so()
    {
        using var browser = App.Browser();
        var page = await browser.GetStringAsync("/signin");
        using var form = new ByteArrayContent(Encoding.UTF8.GetBytes("--x\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nstaff"));
        form.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        using var response = await browser.PostAsync("/signin", form);

        Assert.NotEmpty(page);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The form could not be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_request_that_is_not_utf8_is_refused_as_the_senders_mistake()
    {
        using var http = App.CreateClient();
        using var body = new ByteArrayContent([.. Encoding.UTF8.GetBytes("{\"username\": \"a\xFF"), 0xFF, .. Encoding.UTF8.GetBytes("\", \"password\": \"x\"}")]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await http.PostAsync("/api/token", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_pages_form_sent_with_the_cookie_but_without_its_antiforgery_token_says_why_it_was_refused()
    {
        var organisation = await TestOrganisation.CreateAsync(App);
        var username = SupportGrainsApp.NewUsername();
        await App.SignInAsync([AccountRole.Staff], organisation.Id, organisation.StaffId, username);
        var (signedIn, browser) = await App.CookieSignInAsync(username, SupportGrainsApp.Password);

        using var response = await browser.PostAsync("/me", new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "profile", ["aboutMe"] = "changed" }));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery token is missing or not valid", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        signedIn.Dispose();
        browser.Dispose();
    }
}
