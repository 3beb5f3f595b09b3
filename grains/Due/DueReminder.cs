using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SupportGrains.Grains.Due;

/// <summary>
/// Makes sure an organisation's due grain has its daily reminder. The organisation calls this when
/// it is created and whenever it activates: that covers organisations made before there were
/// reminders and a reminder table that lost its rows, and costs one lookup per activation.
/// </summary>
public static partial class DueReminder
{
    /// <summary>Ensures the reminder; a failure is logged, not thrown, so the organisation still answers (it tries again when it next activates).</summary>
    public static async Task EnsureAsync(IGrainFactory grains, string organisationId, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            await grains.GetGrain<IDueGrain>(organisationId).EnsureReminderAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogEnsureFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DueReminder)), e, organisationId);
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Organisation {OrganisationId}: the reminder that records what is due could not be ensured")]
    private static partial void LogEnsureFailed(ILogger logger, Exception exception, string organisationId);
}
