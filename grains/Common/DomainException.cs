namespace SupportGrains.Grains.Common;

/// <summary>A request the domain refuses, with a code and a message that names the thing. Nothing was written.</summary>
[GenerateSerializer]
[Alias("SupportGrains.DomainException")]
public sealed class DomainException : Exception
{
    public DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public DomainException()
        : this(ErrorCode.InvalidInput, "The request was refused.")
    {
    }

    public DomainException(string message)
        : this(ErrorCode.InvalidInput, message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErrorCode.InvalidInput;
    }

    /// <summary>What a client can act on: one of <see cref="ErrorCode"/>.</summary>
    [Id(0)]
    public string Code { get; private set; }

    public static DomainException NotFound(string what) => new(ErrorCode.NotFound, $"{what} was not found.");

    public static DomainException InvalidInput(string message) => new(ErrorCode.InvalidInput, message);

    public static DomainException InvalidTransition(string message) => new(ErrorCode.InvalidTransition, message);
}
