using System.Collections.Immutable;
using SupportGrains.Grains.Accounts;
using SupportGrains.Grains.Common;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Sample;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// The accounts that come with the sample organisation, all with the password
/// <see cref="Password"/>: its director, a leader of Sam's team, a support worker in Sam's team,
/// and an admin of no organisation. Made only with the sample data.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "supportgrains-demo";

    public const string Director = "director";
    public const string Leader = "leader";
    public const string Staff = "staff";
    public const string Admin = "admin";

    /// <summary>The sample's team leader who leads Sam's team.</summary>
    public const string LeaderStaffNumber = "002";

    /// <summary>Who each demo account is in the sample plan.</summary>
    public static ImmutableArray<NewAccount> For(SamplePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var organisation = plan.OrganisationId;
        var director = plan.Staff.First(s => s.Staff.Role == "Director" && s.LeftOn is null);
        var leader = plan.Staff.Single(s => s.Id == $"s-{organisation[4..]}-{LeaderStaffNumber}");
        var supportWorkers = plan.Staff.Where(s => s.Staff.Role == "Support worker" && s.LeftOn is null).Select(s => s.Id).ToHashSet();
        var worker = plan.Matches.First(m => m.PersonId == SampleOrganisation.SamId && m.Stages[^1] == MatchStage.Matched && m.EndedReason is null
            && supportWorkers.Contains(m.StaffId)).StaffId;
        return
        [
            new(Director, "", [AccountRole.Director], organisation, director.Id),
            new(Leader, "", [AccountRole.TeamLeader], organisation, leader.Id),
            new(Staff, "", [AccountRole.Staff], organisation, worker),
            new(Admin, "", [AccountRole.Admin], null, null),
        ];
    }

    /// <summary>Creates each demo account that does not exist yet (one changed since, e.g. a new password, is left as it is).</summary>
    public static async Task EnsureAsync(LocalAccounts accounts, SamplePlan plan)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        foreach (var account in For(plan))
        {
            if (await accounts.GetAsync(account.Username) is null)
            {
                try
                {
                    await accounts.CreateAsync(account.Username, Password, account.Roles, account.OrganisationId, account.StaffId, ChangeContext.None);
                }
                catch (DomainException e) when (e.Code == ErrorCode.InvalidInput && e.Message.Contains("exists already", StringComparison.Ordinal))
                {
                    // Another app process on the same store made it first.
                }
            }
        }
    }
}
