namespace SupportGrains.Grains.Accounts;

/// <summary>
/// A bearer token of an account as the account keeps it: the SHA-256 hash of its secret, never the
/// secret itself (the secret is shown once, when the token is made).
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AccessToken")]
public sealed record AccessToken(
    string Id,
    string Name,
    AccessTokenKind Kind,
    string SecretHash,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>Works now: neither revoked nor expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    /// <summary>What others may see of the token: everything but the hash.</summary>
    public AccessTokenView View() => new(Id, Name, Kind, CreatedAt, ExpiresAt, RevokedAt);
}
