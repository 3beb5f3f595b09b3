namespace SupportGrains.Grains.Common;

/// <summary>The codes a refused request carries, so a client can act on them.</summary>
public static class ErrorCode
{
    public const string NotFound = "NOT_FOUND";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string InvalidInput = "INVALID_INPUT";
    public const string SizeGuidanceRed = "SIZE_GUIDANCE_RED";
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The request carries no valid identity: sign in (or send a working bearer token).</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The store could not confirm the change; nothing of it is kept in memory, and a retry with the same clientMutationId applies it at most once.</summary>
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
}
