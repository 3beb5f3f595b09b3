namespace SupportGrains.GraphQL.Language.Ast;

// The type-system definition language (SDL). One family, one file: see Executable.cs.

/// <summary>A type-system definition or extension.</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;

/// <summary><c>schema { query: Query }</c></summary>
public sealed record SchemaDefinitionNode(StringValueNode? Description, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode;

/// <summary><c>query: Query</c> inside a schema definition.</summary>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : SyntaxNode;

/// <summary>A named type definition.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    public abstract NameNode Name { get; }

    public abstract StringValueNode? Description { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

public sealed record ScalarTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : TypeDefinitionNode
{
    public override NameNode Name { get; } = Name;

    public override StringValueNode? Description { get; } = Description;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record ObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override NameNode Name { get; } = Name;

    public override StringValueNode? Description { get; } = Description;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record InterfaceTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    public override NameNode Name { get; } = Name;

    public override StringValueNode? Description { get; } = Description;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<NamedTypeNode> Types) : TypeDefinitionNode
{
    public override NameNode Name { get; } = Name;

    public override StringValueNode? Description { get; } = Description;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    public override NameNode Name { get; } = Name;

    public override StringValueNode? Description { get; } = Description;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

public sealed record InputObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    public override NameNode Name { get; } = Name;

    public override StringValueNode? Description { get; } = Description;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary><c>name(args): Type @dir</c> in an object or interface.</summary>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, TypeNode Type, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;

/// <summary>An argument or input field definition: <c>name: Type = default @dir</c>.</summary>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;

/// <summary>One value of an enum type.</summary>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SyntaxNode;

/// <summary><c>directive @name(args) repeatable on LOCATION | ...</c></summary>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, IReadOnlyList<InputValueDefinitionNode> Arguments, bool Repeatable, IReadOnlyList<NameNode> Locations) : TypeSystemDefinitionNode;

/// <summary><c>extend schema ...</c></summary>
public sealed record SchemaExtensionNode(IReadOnlyList<DirectiveNode> Directives, IReadOnlyList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode;

/// <summary><c>extend scalar|type|interface|union|enum|input ...</c>: the definition node of the extended parts.</summary>
public sealed record TypeExtensionNode(TypeDefinitionNode Definition) : TypeSystemDefinitionNode;
