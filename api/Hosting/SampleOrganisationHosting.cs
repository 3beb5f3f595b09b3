using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Sample;
using SupportGrains.Grains.Common;

namespace SupportGrains.Api.Hosting;

/// <summary>Loads the sample organisation on the first run (when it is not in the store yet), with its demo accounts; a second run keeps the data.</summary>
public static partial class SampleOrganisationHosting
{
    public static IHostApplicationBuilder AddSampleOrganisation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.Configuration.GetValue("SampleData:Enabled", true))
        {
            builder.Services.AddHostedService<SampleOrganisationLoader>();
        }

        return builder;
    }

    private sealed partial class SampleOrganisationLoader(IGrainFactory grains, Clock clock, LocalAccounts accounts, ILogger<SampleOrganisationLoader> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var plan = SampleOrganisation.Build(clock.Today);
            await StartupCalls.RetryAsync(async () =>
            {
                if (!await SampleLoader.ExistsAsync(grains, SampleOrganisation.DefaultId))
                {
                    var started = TimeProvider.System.GetTimestamp();
                    await SampleLoader.LoadAsync(grains, plan);
                    LogLoaded(logger, SampleOrganisation.DefaultId, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
                }

                // The demo accounts come with the sample (also into a store whose sample was loaded before they existed).
                await DemoAccounts.EnsureAsync(accounts, plan);
            }, logger, "loading the sample organisation", cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(1, LogLevel.Information, "Loaded the sample organisation {OrganisationId} in {Milliseconds:0} ms")]
        private static partial void LogLoaded(ILogger logger, string organisationId, double milliseconds);
    }
}
