namespace SupportGrains.GraphQL.Types;

/// <summary>A scalar or enum could not represent a value; the message says which and why.</summary>
public sealed class ScalarCoercionException(string message) : Exception(message);
