using SupportGrains.Api.Tests;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>What a crash run kills and starts again: the app on SQLite, or a cluster on PostgreSQL.</summary>
public interface ICrashTarget : IAsyncDisposable
{
    /// <summary>What it is, for the report.</summary>
    string Name { get; }

    /// <summary>Starts it on a new, empty store and waits until it serves.</summary>
    Task StartAsync();

    /// <summary>A client signed in as the first admin (who becomes the director of the organisation it creates).</summary>
    Task<GraphQLClient> SignInAsync();

    /// <summary>Kills (SIGKILL) what the <paramref name="number"/>th crash takes down, and says what that was.</summary>
    Task<string> KillAsync(int number, Random random);

    /// <summary>Starts again what the last crash took down, on the same store and addresses, and waits until it serves.</summary>
    Task RecoverAsync();

    /// <summary>Whether the app answers Healthy now.</summary>
    Task<bool> ServingAsync();

    /// <summary>What its processes wrote (the end of it), for a failure to show.</summary>
    string Output();
}
