namespace SupportGrains.GraphQL.Language.Ast;

// Value literals. One family, one file: see Executable.cs.

/// <summary>A literal value, or a variable.</summary>
public abstract record ValueNode : SyntaxNode;

/// <summary><c>$name</c></summary>
public sealed record VariableNode(NameNode Name) : ValueNode;

/// <summary>An integer literal, kept as written.</summary>
public sealed record IntValueNode(string Value) : ValueNode;

/// <summary>A float literal, kept as written.</summary>
public sealed record FloatValueNode(string Value) : ValueNode;

/// <summary>A string literal (its value, after escapes); <paramref name="Block"/> for <c>"""block strings"""</c>.</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode;

/// <summary><c>true</c> or <c>false</c></summary>
public sealed record BooleanValueNode(bool Value) : ValueNode;

/// <summary><c>null</c></summary>
public sealed record NullValueNode : ValueNode;

/// <summary>An enum value name.</summary>
public sealed record EnumValueNode(string Value) : ValueNode;

/// <summary><c>[a, b]</c></summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode;

/// <summary><c>{ a: 1, b: 2 }</c></summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode;

/// <summary><c>name: value</c> inside an object literal.</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode;
