namespace SupportGrains.Silo;

/// <summary>
/// Vouches that a type used in grain calls is never mutated after it is shared, for types the
/// runtime cannot prove immutable by their shape.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
public sealed class ImmutableAttribute : Attribute;
