namespace SupportGrains.Grains.Common;

/// <summary>A request the domain refuses, with a code and a message that names the thing. Nothing was written.</summary>
public sealed class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static DomainException NotFound(string what) => new(ErrorCode.NotFound, $"{what} was not found.");

    public static DomainException InvalidInput(string message) => new(ErrorCode.InvalidInput, message);

    public static DomainException InvalidTransition(string message) => new(ErrorCode.InvalidTransition, message);
}
