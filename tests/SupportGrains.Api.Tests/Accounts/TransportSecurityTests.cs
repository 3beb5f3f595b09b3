using System.Net;
using Microsoft.Extensions.Configuration;
using SupportGrains.Api.Accounts;

namespace SupportGrains.Api.Tests.Accounts;

/// <summary>HTTPS redirection and HSTS whenever the app has an HTTPS endpoint; CORS closed unless origins are configured.</summary>
public sealed class TransportSecurityTests
{
    [Theory]
    [InlineData("urls", "http://localhost:5080", false)]
    [InlineData("urls", "http://localhost:5080;https://localhost:5443", true)]
    [InlineData("Kestrel:Endpoints:Secure:Url", "https://0.0.0.0:443", true)]
    [InlineData("https_ports", "443", true)]
    [InlineData("Kestrel:Endpoints:Plain:Url", "http://0.0.0.0:80", false)]
    public void An_https_url_or_port_counts_as_an_https_endpoint(string key, string value, bool https)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        Assert.Equal(https, TransportSecurity.HasHttpsEndpoint(configuration));
    }

    [Fact]
    public async Task With_an_https_endpoint_plain_requests_are_redirected_and_https_answers_carry_hsts()
    {
        await using var secure = new SeparateApp(settings: new Dictionary<string, string> { ["https_port"] = "5443" });
        using var plain = secure.App.Browser();
        using var https = secure.App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://supportgrains.test/") });

        using var redirected = await plain.GetAsync("/health");
        using var health = await https.GetAsync("/health");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://localhost:5443/health", redirected.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.StartsWith("max-age=31536000", health.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task Cors_answers_only_the_configured_origins()
    {
        await using var closed = new SeparateApp();
        await using var open = new SeparateApp(settings: new Dictionary<string, string> { ["Cors:AllowedOrigins:0"] = "https://rota.example" });

        using var closedAnswer = await PreflightAsync(closed.App, "https://rota.example");
        using var allowed = await PreflightAsync(open.App, "https://rota.example");
        using var other = await PreflightAsync(open.App, "https://elsewhere.example");

        Assert.False(closedAnswer.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal("https://rota.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(allowed.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private static async Task<HttpResponseMessage> PreflightAsync(SupportGrainsApp app, string origin)
    {
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return await http.SendAsync(request);
    }
}
