namespace SupportGrains.Grains.Accounts;

/// <summary>An access token as its holder (or an admin) sees it: when it was made, until when it works, and whether it was revoked.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AccessTokenView")]
public sealed record AccessTokenView(
    string Id,
    string Name,
    AccessTokenKind Kind,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt);
