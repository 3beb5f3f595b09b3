namespace SupportGrains.GraphQL.Language.Ast;

// Type references. One family, one file: see Executable.cs.

/// <summary>A reference to a type: named, list or non-null.</summary>
public abstract record TypeNode : SyntaxNode;

/// <summary><c>Name</c></summary>
public sealed record NamedTypeNode(NameNode Name) : TypeNode;

/// <summary><c>[Type]</c></summary>
public sealed record ListTypeNode(TypeNode Type) : TypeNode;

/// <summary><c>Type!</c></summary>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode;
