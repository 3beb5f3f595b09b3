namespace SupportGrains.Grains.Accounts;

/// <summary>A token to add to an account: the caller made the secret and hands over only its SHA-256 hash.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewAccessToken")]
public sealed record NewAccessToken(string Name, AccessTokenKind Kind, string SecretHash, DateTimeOffset ExpiresAt);
