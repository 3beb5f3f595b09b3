namespace SupportGrains.Grains.Accounts;

/// <summary>The end of a password sign-in: the account when it succeeded, the end of the lock when locked out.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.SignInOutcome")]
public sealed record SignInOutcome(SignInResult Result, AccountView? Account, DateTimeOffset? LockedUntil);
