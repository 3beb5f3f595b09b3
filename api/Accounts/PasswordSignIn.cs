using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Accounts;

/// <summary>How a sign-in with a password went: the account, or a refusal to show (it never says whether the username exists).</summary>
public sealed record PasswordSignIn(AccountView? Account, string? Refusal)
{
    public const string WrongCredentials = "The username or password is not right.";

    public static PasswordSignIn Refused { get; } = new(null, WrongCredentials);

    public static PasswordSignIn LockedOut(DateTimeOffset until, DateTimeOffset now) => new(null,
        $"Too many wrong passwords: signing in with this username is locked until {until:HH:mm} UTC ({Math.Max(1, (int)Math.Ceiling((until - now).TotalMinutes))} minutes from now). An admin can unlock it sooner.");
}
