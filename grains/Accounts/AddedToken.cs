namespace SupportGrains.Grains.Accounts;

/// <summary>A token added to an account, or (a retry of a change applied already) the one added the first time, whose secret was given out then.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.AddedToken")]
public sealed record AddedToken(AccessTokenView Token, bool IsNew);
