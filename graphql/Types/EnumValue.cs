namespace SupportGrains.GraphQL.Types;

/// <summary>One value of an enum type: its name in GraphQL and its value in .NET.</summary>
public sealed class EnumValue(string name, object? value)
{
    public string Name { get; } = name;

    public object? Value { get; internal set; } = value;

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }
}
