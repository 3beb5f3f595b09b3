using SupportGrains.Grains.Sample;
using SupportGrains.Grains.Common;

namespace SupportGrains.Api.Hosting;

/// <summary>Loads the sample organisation on the first run (when it is not in the store yet); a second run keeps the data.</summary>
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

    private sealed partial class SampleOrganisationLoader(IGrainFactory grains, Clock clock, ILogger<SampleOrganisationLoader> logger) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            if (await SampleLoader.ExistsAsync(grains, SampleOrganisation.DefaultId))
            {
                return;
            }

            var started = TimeProvider.System.GetTimestamp();
            await SampleLoader.LoadAsync(grains, SampleOrganisation.Build(clock.Today));
            LogLoaded(logger, SampleOrganisation.DefaultId, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        [LoggerMessage(1, LogLevel.Information, "Loaded the sample organisation {OrganisationId} in {Milliseconds:0} ms")]
        private static partial void LogLoaded(ILogger logger, string organisationId, double milliseconds);
    }
}
