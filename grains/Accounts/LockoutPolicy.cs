namespace SupportGrains.Grains.Accounts;

/// <summary>How many wrong passwords in a row lock an account, and for how long.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.LockoutPolicy")]
public sealed record LockoutPolicy(int MaxFailedAttempts, TimeSpan LockFor)
{
    public static LockoutPolicy Default { get; } = new(5, TimeSpan.FromMinutes(15));
}
