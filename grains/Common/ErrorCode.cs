namespace SupportGrains.Grains.Common;

/// <summary>The codes a refused request carries, so a client can act on them.</summary>
public static class ErrorCode
{
    public const string NotFound = "NOT_FOUND";
    public const string InvalidTransition = "INVALID_TRANSITION";
    public const string InvalidInput = "INVALID_INPUT";
    public const string SizeGuidanceRed = "SIZE_GUIDANCE_RED";
    public const string Forbidden = "FORBIDDEN";
}
