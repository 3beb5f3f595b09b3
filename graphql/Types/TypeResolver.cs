namespace SupportGrains.GraphQL.Types;

/// <summary>Names the object type of a value returned for an abstract (interface or union) type.</summary>
public delegate string? TypeResolver(object value);
