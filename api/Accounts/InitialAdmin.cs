using Microsoft.Extensions.Options;
using SupportGrains.Api.Hosting;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// Makes the admin account named by <c>Accounts:InitialAdminUsername</c> (with
/// <c>Accounts:InitialAdminPassword</c>) at start-up when it does not exist, so a store without the
/// sample data has someone who can create the other accounts. An existing one is left as it is.
/// </summary>
internal sealed partial class InitialAdmin(LocalAccounts accounts, IOptions<AccountOptions> options, ILogger<InitialAdmin> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value is not { InitialAdminUsername: { Length: > 0 } username, InitialAdminPassword: var password })
        {
            return;
        }

        await StartupCalls.RetryAsync(async () =>
        {
            if (await accounts.GetAsync(username) is null)
            {
                await accounts.CreateAsync(username, password ?? "", [AccountRole.Admin], null, null, ChangeContext.None);
                LogCreated(logger, username);
            }
        }, logger, "making the initial admin account", cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Information, "Created the initial admin account {Username}")]
    private static partial void LogCreated(ILogger logger, string username);
}
