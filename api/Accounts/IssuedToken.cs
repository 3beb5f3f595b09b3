using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Accounts;

/// <summary>A token just made: its listing, and its secret, shown only this once (null when a retried change found the token made the first time).</summary>
public sealed record IssuedToken(AccessTokenView Token, string? Secret);
