using System.Collections.Immutable;
using SupportGrains.Api.Access;
using SupportGrains.Api.GraphQL;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;
using DomainClock = SupportGrains.Grains.Common.Clock;

namespace SupportGrains.Api.Accounts;

/// <summary>Accounts in the API: who you are (me), your personal access tokens, and account management for admins and directors.</summary>
internal static class AccountSchema
{
    /// <summary>The accounts' part of the schema (extends Query and Mutation).</summary>
    public static string Sdl { get; } = ReadSdl();

    public static SchemaBuilder AddAccounts(this SchemaBuilder schema) => schema
        .AddSdl(Sdl)
        .BindType<AccountView>("Account")
        .BindType<AccessTokenView>("AccessToken")
        .BindType<IssuedToken>("CreatedAccessToken")
        .BindEnum<AccountRole>("AccountRole")
        .BindEnum<AccessTokenKind>("AccessTokenKind")
        .ResolveAsync("Query", "me", Me)
        .ResolveAsync("Query", "accounts", async c =>
        {
            var actor = AccountAccess.SignedIn(c.Actor());
            AccountAccess.MayList(actor, "accounts");
            var usernames = await c.Grains().GetGrain<IAccountCatalogGrain>(IAccountCatalogGrain.Key).UsernamesAsync();
            var accounts = await Task.WhenAll(usernames.Select(u => c.Grains().GetGrain<IAccountGrain>(u).GetAsync()));
            return accounts.OfType<AccountView>().Where(a => AccountAccess.Manages(actor, a)).ToList();
        })
        .Resolve("Account", "createdAt", c => c.SourceAs<AccountView>().CreatedAt is var at && at == default ? null : at)
        .Resolve("Account", "lockedUntil", c => c.SourceAs<AccountView>().LockedUntil is { } until && until > Now(c) ? until : null)
        .Mutation("createAccount", c =>
        {
            var input = c.Input();
            var assignment = new RoleAssignment(Roles(input), input.Text("organisationId"), input.Text("staffId"));
            AccountAccess.MayGive(AccountAccess.SignedIn(c.Actor()), assignment, "createAccount");
            return Accounts(c).CreateAsync(input.Get<string>("username"), input.Get<string>("password"), assignment.Roles, assignment.OrganisationId, assignment.StaffId, c.Change());
        })
        .Mutation("setAccountRoles", async c =>
        {
            var input = c.Input();
            var actor = AccountAccess.SignedIn(c.Actor());
            var account = await Existing(c, input.Get<string>("username"));
            AccountAccess.MayChange(actor, account, "setAccountRoles");
            var assignment = new RoleAssignment(
                Roles(input),
                input.ContainsKey("organisationId") ? input.Text("organisationId") : account.OrganisationId,
                input.ContainsKey("staffId") ? input.Text("staffId") : account.StaffId);
            AccountAccess.MayGive(actor, assignment, "setAccountRoles");
            if (account.Username == actor.AccountId && actor.IsAdmin && !assignment.Roles.Contains(AccountRole.Admin))
            {
                throw DomainException.InvalidInput("An admin cannot take the ADMIN role from their own account (another admin can), so there is always one left.");
            }

            return await Accounts(c).ChangeAsync(account.Username, a => a.AssignAsync(assignment, c.Change()));
        })
        .Mutation("resetPassword", c =>
        {
            var input = c.Input();
            AccountAccess.MayResetPasswords(AccountAccess.SignedIn(c.Actor()));
            return Accounts(c).SetPasswordAsync(input.Get<string>("username"), input.Get<string>("newPassword"), c.Change());
        })
        .Mutation("unlockAccount", async c =>
        {
            var input = c.Input();
            var actor = AccountAccess.SignedIn(c.Actor());
            var account = await Existing(c, input.Get<string>("username"));
            AccountAccess.MayChange(actor, account, "unlockAccount");
            return await Accounts(c).ChangeAsync(account.Username, a => a.UnlockAsync(c.Change()));
        })
        .Mutation("createAccessToken", c =>
        {
            var input = c.Input();
            var actor = LocalActor(c, "createAccessToken");
            var days = input.Get<int>("expiresInDays");
            if (days < 1 || days > AccountRules.LongestPersonalTokenDays)
            {
                throw DomainException.InvalidInput($"expiresInDays must be between 1 and {AccountRules.LongestPersonalTokenDays}, not {days}.");
            }

            return Accounts(c).IssueAsync(actor.AccountId, input.Get<string>("name"), AccessTokenKind.Personal, Now(c).AddDays(days), c.Change());
        })
        .Mutation("revokeAccessToken", c =>
        {
            var input = c.Input();
            var actor = LocalActor(c, "revokeAccessToken");
            return Accounts(c).ChangeAsync(actor.AccountId, a => a.RevokeTokenAsync(input.Get<string>("id"), c.Change()));
        });

    /// <summary>
    /// DOMAIN.md "Roles": the account that creates an organisation becomes its first director. Only
    /// a local account can be changed here; an identity provider's accounts get roles from it.
    /// </summary>
    public static async Task CreatorBecomesDirectorAsync(ResolveContext context, string organisationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (AccountPrincipal.IsLocal(context.Http()?.User) && context.Actor() is { } actor)
        {
            await context.Service<LocalAccounts>().ChangeAsync(actor.AccountId, a => a.BecomeDirectorAsync(organisationId, context.Change()));
        }
    }

    private static async Task<AccountView> Me(ResolveContext c)
    {
        var actor = AccountAccess.SignedIn(c.Actor());
        if (AccountPrincipal.IsLocal(c.Http()?.User))
        {
            return await c.Grains().GetGrain<IAccountGrain>(actor.AccountId).GetAsync() ?? throw DomainException.NotFound($"Account {actor.AccountId}");
        }

        var roles = actor.Roles.Select(AccountPrincipal.Role).OfType<AccountRole>().Order().ToImmutableArray();
        return new AccountView(actor.Username, roles, actor.OrganisationId, actor.StaffId, default, default, 0, null, "", []);
    }

    private static Actor LocalActor(ResolveContext c, string mutation)
    {
        var actor = AccountAccess.SignedIn(c.Actor());
        return AccountPrincipal.IsLocal(c.Http()?.User)
            ? actor
            : throw DomainException.InvalidInput($"{mutation}: personal access tokens belong to accounts of this app; your organisation's sign-in gives you its own tokens.");
    }

    private static async Task<AccountView> Existing(ResolveContext c, string username) =>
        await Accounts(c).GetAsync(username) ?? throw DomainException.NotFound($"Account {username}");

    private static ImmutableArray<AccountRole> Roles(IReadOnlyDictionary<string, object?> input) =>
        input.TryGetValue("roles", out var value) && value is IEnumerable<object?> roles ? [.. roles.OfType<AccountRole>()] : [];

    private static LocalAccounts Accounts(ResolveContext c) => c.Services!.GetRequiredService<LocalAccounts>();

    private static DateTimeOffset Now(ResolveContext c) => c.Services!.GetRequiredService<DomainClock>().Now;

    private static string ReadSdl()
    {
        using var stream = typeof(AccountSchema).Assembly.GetManifestResourceStream("accounts.graphql")
            ?? throw new InvalidOperationException("The accounts' schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
