using SupportGrains.Grains.Common;

namespace SupportGrains.Api.Application;

/// <summary>
/// What a caller sent that only Orleans finds wrong: an id that is empty or only spaces cannot be
/// a grain's key (GetGrain throws ArgumentException for "primaryKey"). That is the caller's
/// mistake, answered INVALID_INPUT, not masked as an internal error.
/// </summary>
public static class InputFailures
{
    /// <summary>The refusal to answer for this exception when the input caused it; null when it did not.</summary>
    public static DomainException? AsRefusal(Exception exception) =>
        exception is ArgumentException { ParamName: "primaryKey" }
            ? DomainException.InvalidInput("An id cannot be empty or only spaces: ask for a thing by its id (as an earlier answer gave it).")
            : null;
}
