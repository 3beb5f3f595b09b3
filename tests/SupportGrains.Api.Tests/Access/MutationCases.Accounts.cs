using Microsoft.Extensions.DependencyInjection;
using Orleans;
using SupportGrains.Api.Accounts;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;

namespace SupportGrains.Api.Tests.Access;

/// <summary>The mutations of accounts: managing them (admins; directors for their own organisation) and one's own access tokens (everyone signed in).</summary>
public static partial class MutationCases
{
    private static IEnumerable<MutationCase> Accounts()
    {
        yield return new("createAccount", "mutation ($input: CreateAccountInput!) { createAccount(input: $input) { username } }", s =>
        {
            var username = SupportGrainsApp.NewUsername();
            return Task.FromResult(new Arranged(
                new { input = new { username, password = "twelve chars ok", roles = new[] { "STAFF" }, organisationId = s.World.Organisation, staffId = s.World.Wyn } },
                ReadAccount(s.World, username),
                "createAccount"));
        });

        yield return new("setAccountRoles", "mutation ($input: SetAccountRolesInput!) { setAccountRoles(input: $input) { username } }", async s =>
        {
            var username = await StaffAccountAsync(s.World);
            return new Arranged(new { input = new { username, roles = new[] { "STAFF", "TEAM_LEADER" } } }, ReadAccount(s.World, username), "setAccountRoles");
        });

        yield return new("resetPassword", "mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { username } }", async s =>
        {
            var username = await StaffAccountAsync(s.World);
            return new Arranged(new { input = new { username, newPassword = "another long passphrase" } }, ReadAccount(s.World, username), "resetPassword");
        });

        yield return new("unlockAccount", "mutation ($input: UnlockAccountInput!) { unlockAccount(input: $input) { username } }", async s =>
        {
            var username = await StaffAccountAsync(s.World);
            var account = s.World.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IAccountGrain>(username);
            for (var i = 0; i < LockoutPolicy.Default.MaxFailedAttempts; i++)
            {
                await account.RecordPasswordCheckAsync(false, null, LockoutPolicy.Default);
            }

            return new Arranged(new { input = new { username } }, ReadAccount(s.World, username), "unlockAccount");
        });

        yield return new("createAccessToken", "mutation ($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token { id } } }", s =>
            Task.FromResult(new Arranged(
                new { input = new { name = $"Script {s.World.Next()}", expiresInDays = 30 } },
                ReadAccount(s.World, s.Actor.Username.Length == 0 ? "nobody" : s.Actor.Username),
                "createAccessToken")))
        {
            AuditedIn = AuditedIn.OrganisationOfTheAccount,
        };

        yield return new("revokeAccessToken", "mutation ($input: RevokeAccessTokenInput!) { revokeAccessToken(input: $input) { id } }", async s =>
        {
            var owner = s.Actor.Username.Length == 0 ? s.World[Role.Director].Username : s.Actor.Username;
            var issued = await s.World.App.Services.GetRequiredService<LocalAccounts>().IssueAsync(owner, "To revoke", AccessTokenKind.Personal, SupportGrainsApp.Now.AddDays(30), ChangeContext.None);
            return new Arranged(new { input = new { id = issued.Token.Id } }, ReadAccount(s.World, owner), "revokeAccessToken");
        })
        {
            AuditedIn = AuditedIn.OrganisationOfTheAccount,
        };
    }

    /// <summary>A staff account of organisation A (Wyn's), made by the app's account service without an audit entry.</summary>
    private static async Task<string> StaffAccountAsync(AccessWorld world)
    {
        var username = SupportGrainsApp.NewUsername();
        await world.App.Services.GetRequiredService<LocalAccounts>().CreateAsync(username, SupportGrainsApp.Password, [AccountRole.Staff], world.Organisation, world.Wyn, ChangeContext.None);
        return username;
    }
}
