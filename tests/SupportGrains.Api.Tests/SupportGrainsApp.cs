using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Orleans;
using SupportGrains.Grains.Common;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests;

/// <summary>
/// The app for tests: its store chosen by the test (a SQLite file or a PostgreSQL database), a
/// fixed "today" (2026-11-24), and the sample organisation only when asked for.
/// </summary>
public sealed class SupportGrainsApp(Store store, bool sampleData = false) : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    /// <summary>Counts the grain calls the app makes from outside the grains (the API's own calls).</summary>
    public ApiGrainCalls Calls { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in store.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("SampleData:Enabled", sampleData ? "true" : "false");
        builder.UseSetting("Cluster:SiloPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Cluster:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<Clock>();
            services.AddSingleton(new Clock(Time));
            services.AddSingleton<IOutgoingGrainCallFilter>(Calls);
        });
    }
}

/// <summary>Where an app under test keeps its data; a new app on the same store sees the same data.</summary>
public sealed record Store(string Name, IReadOnlyDictionary<string, string> Settings)
{
    public static Store Sqlite(string path) => new("sqlite", new Dictionary<string, string> { ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = path });

    public static Store Postgres(string connectionString) => new("postgres", new Dictionary<string, string>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:PostgresConnectionString"] = connectionString,
    });

    public override string ToString() => Name;
}
