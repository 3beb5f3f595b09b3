namespace SupportGrains.Grains.Accounts;

/// <summary>
/// What a sign-in checks a password against: the stored hash (null when there is no such account),
/// and until when the name is locked after too many wrong passwords.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.PasswordChallenge")]
public sealed record PasswordChallenge(string? PasswordHash, DateTimeOffset? LockedUntil);
