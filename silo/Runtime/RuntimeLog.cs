using Microsoft.Extensions.Logging;

namespace SupportGrains.Silo.Runtime;

/// <summary>What the runtime logs, in one place.</summary>
internal sealed partial class RuntimeLog(ILogger logger)
{
    public void ActivationFailed(Activation activation, Exception error) => LogActivationFailed(logger, activation.ToString(), error);

    public void ActivationDropped(Activation activation, Exception cause) => LogActivationDropped(logger, activation.ToString(), cause.Message);

    public void DeactivationFailed(Activation activation, Exception error) => LogDeactivationFailed(logger, activation.ToString(), error);

    public void ContinuationFailed(Activation activation, Exception error) => LogContinuationFailed(logger, activation.ToString(), error);

    public void Deadlock(DeadlockException error) => LogDeadlock(logger, error.Message);

    public void Timeout(string call, TimeSpan timeout) => LogTimeout(logger, call, timeout);

    public void TimerFailed(string grain, Exception error) => LogTimerFailed(logger, grain, error);

    public void ReminderFailed(string grain, string reminder, Exception error) => LogReminderFailed(logger, grain, reminder, error);

    public void Started(string serviceId) => LogStarted(logger, serviceId);

    public void Stopped(int activations) => LogStopped(logger, activations);

    [LoggerMessage(1, LogLevel.Warning, "Activation of {Grain} failed")]
    private static partial void LogActivationFailed(ILogger logger, string grain, Exception error);

    [LoggerMessage(2, LogLevel.Warning, "{Grain} is dropped after a storage failure, so its next call reloads its state: {Cause}")]
    private static partial void LogActivationDropped(ILogger logger, string grain, string cause);

    [LoggerMessage(3, LogLevel.Warning, "OnDeactivateAsync of {Grain} failed")]
    private static partial void LogDeactivationFailed(ILogger logger, string grain, Exception error);

    [LoggerMessage(4, LogLevel.Error, "A continuation of {Grain} threw")]
    private static partial void LogContinuationFailed(ILogger logger, string grain, Exception error);

    [LoggerMessage(5, LogLevel.Warning, "{Message}")]
    private static partial void LogDeadlock(ILogger logger, string message);

    [LoggerMessage(6, LogLevel.Warning, "{Call} did not answer within {Timeout}")]
    private static partial void LogTimeout(ILogger logger, string call, TimeSpan timeout);

    [LoggerMessage(7, LogLevel.Error, "A timer callback of {Grain} failed")]
    private static partial void LogTimerFailed(ILogger logger, string grain, Exception error);

    [LoggerMessage(8, LogLevel.Error, "Reminder {Reminder} of {Grain} failed")]
    private static partial void LogReminderFailed(ILogger logger, string grain, string reminder, Exception error);

    [LoggerMessage(9, LogLevel.Information, "Silo started (service {ServiceId})")]
    private static partial void LogStarted(ILogger logger, string serviceId);

    [LoggerMessage(10, LogLevel.Information, "Silo stopped after deactivating {Activations} activations")]
    private static partial void LogStopped(ILogger logger, int activations);
}
