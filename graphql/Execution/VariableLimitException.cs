namespace SupportGrains.GraphQL.Execution;

/// <summary>Too many variable errors: coercion stops.</summary>
internal sealed class VariableLimitException() : Exception("Too many errors processing variables, error limit reached. Execution aborted.");
