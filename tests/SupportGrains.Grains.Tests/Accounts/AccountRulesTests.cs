using SupportGrains.Grains.Accounts;

namespace SupportGrains.Grains.Tests.Accounts;

public sealed class AccountRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private static readonly AccountState Admin = AccountRules.Create(new NewAccount("admin", "hash", [AccountRole.Admin], null, null), "stamp", Now);

    [Theory]
    [InlineData(" Jo.Smith ", "jo.smith")]
    [InlineData("team_leader-2", "team_leader-2")]
    [InlineData("jo smith", null)]
    [InlineData("jo@example.org", null)]
    [InlineData("_jo", null)]
    [InlineData("jo", null)]
    public void Usernames_are_kept_in_lower_case_with_letters_digits_dots_dashes_and_underscores(string given, string? kept)
    {
        Assert.Equal(kept, AccountRules.TryNormaliseUsername(given));
    }

    [Fact]
    public void A_password_needs_at_least_twelve_characters()
    {
        var refused = Assert.Throws<DomainException>(() => AccountRules.CheckPassword("elevenchars"));

        Assert.Equal(ErrorCode.InvalidInput, refused.Code);
        Assert.Contains("at least 12 characters", refused.Message);
        Assert.Equal("supportgrains-demo", AccountRules.CheckPassword("supportgrains-demo"));
        Assert.Throws<DomainException>(() => AccountRules.CheckPassword(new string(' ', 12)));
    }

    [Fact]
    public void Staff_and_team_leader_accounts_need_a_colleague_and_every_role_but_admin_an_organisation()
    {
        var noColleague = Assert.Throws<DomainException>(() => AccountRules.Assignment(new RoleAssignment([AccountRole.TeamLeader], "org-a", null)));
        var noOrganisation = Assert.Throws<DomainException>(() => AccountRules.Assignment(new RoleAssignment([AccountRole.Director], null, null)));
        var noRole = Assert.Throws<DomainException>(() => AccountRules.Assignment(new RoleAssignment([], null, null)));
        var both = AccountRules.Assignment(new RoleAssignment([AccountRole.Admin, AccountRole.Director, AccountRole.Admin], " org-a ", null));

        Assert.Contains("staffId is missing: a team leader account", noColleague.Message);
        Assert.Contains("organisationId is missing: a director account", noOrganisation.Message);
        Assert.Contains("at least one role", noRole.Message);
        Assert.Equal([AccountRole.Director, AccountRole.Admin], both.Roles.AsEnumerable());
        Assert.Equal("org-a", both.OrganisationId);
    }

    [Fact]
    public void The_failure_that_reaches_the_limit_locks_and_one_after_the_lock_ended_starts_a_new_count()
    {
        var policy = new LockoutPolicy(3, TimeSpan.FromMinutes(10));

        var first = AccountRules.Failed(0, null, policy, Now);
        var second = AccountRules.Failed(first.FailedAttempts, first.LockedUntil, policy, Now);
        var third = AccountRules.Failed(second.FailedAttempts, second.LockedUntil, policy, Now);
        var whileLocked = AccountRules.Failed(third.FailedAttempts, third.LockedUntil, policy, Now.AddMinutes(5));
        var afterwards = AccountRules.Failed(third.FailedAttempts, third.LockedUntil, policy, Now.AddMinutes(11));

        Assert.Equal((2, (DateTimeOffset?)null), second);
        Assert.Equal((3, (DateTimeOffset?)Now.AddMinutes(10)), third);
        Assert.Equal(third, whileLocked);
        Assert.Equal((1, (DateTimeOffset?)null), afterwards);
        Assert.True(AccountRules.IsLocked(third.LockedUntil, Now.AddMinutes(9)));
        Assert.False(AccountRules.IsLocked(third.LockedUntil, Now.AddMinutes(10)));
    }

    [Fact]
    public void A_token_works_by_its_hash_until_it_expires_or_is_revoked()
    {
        var account = AccountRules.AddToken(Admin, "tok-1", new NewAccessToken("Export", AccessTokenKind.Personal, "abc123", Now.AddDays(30)), Now);

        var works = AccountRules.Authenticate(account, "abc123", Now.AddDays(29));
        var otherHash = AccountRules.Authenticate(account, "abc124", Now);
        var expired = AccountRules.Authenticate(account, "abc123", Now.AddDays(30));
        var revoked = AccountRules.Authenticate(AccountRules.RevokeToken(account, "tok-1", Now.AddDays(1)), "abc123", Now.AddDays(2));

        Assert.Equal("tok-1", works?.Id);
        Assert.Null(otherHash);
        Assert.Null(expired);
        Assert.Null(revoked);
        Assert.Equal(ErrorCode.NotFound, Assert.Throws<DomainException>(() => AccountRules.RevokeToken(account, "tok-2", Now)).Code);
    }

    [Fact]
    public void A_personal_token_works_a_year_at_most_and_fifty_at_once()
    {
        var tooLong = Assert.Throws<DomainException>(() => AccountRules.AddToken(Admin, "tok-x", new NewAccessToken("Forever", AccessTokenKind.Personal, "h", Now.AddDays(367)), Now));
        var account = Admin;
        for (var i = 0; i < AccountRules.ActivePersonalTokensAtMost; i++)
        {
            account = AccountRules.AddToken(account, $"tok-{i}", new NewAccessToken($"Token {i}", AccessTokenKind.Personal, $"h{i}", Now.AddDays(30)), Now);
        }

        var fiftyFirst = Assert.Throws<DomainException>(() => AccountRules.AddToken(account, "tok-51", new NewAccessToken("One more", AccessTokenKind.Personal, "h51", Now.AddDays(30)), Now));
        var afterRevoking = AccountRules.AddToken(AccountRules.RevokeToken(account, "tok-0", Now), "tok-51", new NewAccessToken("One more", AccessTokenKind.Personal, "h51", Now.AddDays(30)), Now);

        Assert.Contains("at most 366", tooLong.Message);
        Assert.Contains("revoke one first", fiftyFirst.Message);
        Assert.Equal(51, afterRevoking.Tokens.Length);
    }

    [Fact]
    public void Signing_in_again_and_again_keeps_only_the_newest_twenty_sign_in_tokens_and_forgets_old_ended_ones()
    {
        var account = AccountRules.AddToken(Admin, "old", new NewAccessToken("Old", AccessTokenKind.Personal, "old", Now.AddDays(1)), Now);
        for (var i = 0; i < 25; i++)
        {
            account = AccountRules.AddToken(account, $"s{i}", new NewAccessToken("Signed in", AccessTokenKind.SignIn, $"s{i}", Now.AddHours(8).AddMinutes(i)), Now.AddMinutes(i));
        }

        var muchLater = AccountRules.AddToken(account, "new", new NewAccessToken("New", AccessTokenKind.Personal, "new", Now.AddDays(60)), Now.AddDays(40));

        Assert.Equal(20, account.Tokens.Count(t => t.Kind == AccessTokenKind.SignIn));
        Assert.DoesNotContain(account.Tokens, t => t.Id == "s4");
        Assert.Contains(account.Tokens, t => t.Id == "s5");
        Assert.Contains(account.Tokens, t => t.Id == "old");
        Assert.Equal(["new"], muchLater.Tokens.Select(t => t.Id));
    }

    [Fact]
    public void A_new_password_unlocks_revokes_every_token_and_changes_the_stamp()
    {
        var locked = AccountRules.AddToken(Admin, "tok-1", new NewAccessToken("Export", AccessTokenKind.Personal, "h", Now.AddDays(30)), Now)
            with { FailedAttempts = 5, LockedUntil = Now.AddMinutes(15) };

        var reset = AccountRules.SetPassword(locked, "new hash", "new stamp", Now.AddMinutes(1));

        Assert.Equal("new hash", reset.PasswordHash);
        Assert.Equal("new stamp", reset.SecurityStamp);
        Assert.Equal(0, reset.FailedAttempts);
        Assert.Null(reset.LockedUntil);
        Assert.Equal(Now.AddMinutes(1), Assert.Single(reset.Tokens).RevokedAt);
    }

    [Fact]
    public void The_creator_of_an_organisation_becomes_its_director_and_a_second_one_moves_the_account()
    {
        var staffAdmin = AccountRules.Create(new NewAccount("jo", "hash", [AccountRole.Staff, AccountRole.Admin], "org-a", "s-a-001"), "stamp", Now);

        var sameOrganisation = AccountRules.BecomeDirector(staffAdmin, "org-a");
        var secondOrganisation = AccountRules.BecomeDirector(sameOrganisation, "org-b");
        var noOrganisation = AccountRules.BecomeDirector(Admin, "org-c");

        Assert.Equal([AccountRole.Staff, AccountRole.Director, AccountRole.Admin], sameOrganisation.Roles.AsEnumerable());
        Assert.Equal("s-a-001", sameOrganisation.StaffId);
        Assert.Equal([AccountRole.Director, AccountRole.Admin], secondOrganisation.Roles.AsEnumerable());
        Assert.Equal("org-b", secondOrganisation.OrganisationId);
        Assert.Null(secondOrganisation.StaffId);
        Assert.Equal([AccountRole.Director, AccountRole.Admin], noOrganisation.Roles.AsEnumerable());
    }
}
