namespace SupportGrains.GraphQL.Language.Ast;

// The executable part of the language. The node records of one family share a file: each is a
// line or two, and reading them together is how the grammar is understood.

/// <summary>A name, with its own location (errors point at names).</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override string ToString() => Value;
}

/// <summary>A whole document: operations and fragments (and, for SDL, type-system definitions).</summary>
public sealed record DocumentNode(IReadOnlyList<DefinitionNode> Definitions) : SyntaxNode;

/// <summary>A top-level definition.</summary>
public abstract record DefinitionNode : SyntaxNode;

/// <summary>The kind of operation.</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}

/// <summary>An operation or a fragment: what a client sends to execute.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    public abstract NameNode? Name { get; }

    public abstract IReadOnlyList<DirectiveNode> Directives { get; }

    public abstract SelectionSetNode SelectionSet { get; }
}

/// <summary><c>query Name($v: Type) @dir { ... }</c>, or the shorthand <c>{ ... }</c>.</summary>
public sealed record OperationDefinitionNode(
    OperationType Operation,
    NameNode? Name,
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : ExecutableDefinitionNode
{
    public override NameNode? Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

/// <summary><c>$name: Type = default @dir</c></summary>
public sealed record VariableDefinitionNode(
    VariableNode Variable,
    TypeNode Type,
    ValueNode? DefaultValue,
    IReadOnlyList<DirectiveNode> Directives,
    StringValueNode? Description = null) : SyntaxNode;

/// <summary><c>{ field, ...spread, ... on Type { } }</c></summary>
public sealed record SelectionSetNode(IReadOnlyList<SelectionNode> Selections) : SyntaxNode;

/// <summary>A field, fragment spread or inline fragment.</summary>
public abstract record SelectionNode : SyntaxNode
{
    public abstract IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary><c>alias: name(arg: value) @dir { ... }</c></summary>
public sealed record FieldNode(
    NameNode? Alias,
    NameNode Name,
    IReadOnlyList<ArgumentNode> Arguments,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode? SelectionSet) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    /// <summary>The key of the field in the response: its alias, else its name.</summary>
    public string ResponseKey => Alias?.Value ?? Name.Value;
}

/// <summary><c>name: value</c></summary>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : SyntaxNode;

/// <summary><c>...FragmentName @dir</c></summary>
public sealed record FragmentSpreadNode(NameNode Name, IReadOnlyList<DirectiveNode> Directives) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary><c>... on Type @dir { ... }</c></summary>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, IReadOnlyList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode
{
    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;
}

/// <summary><c>fragment Name on Type @dir { ... }</c></summary>
public sealed record FragmentDefinitionNode(
    NameNode Name,
    NamedTypeNode TypeCondition,
    IReadOnlyList<DirectiveNode> Directives,
    SelectionSetNode SelectionSet,
    StringValueNode? Description = null) : ExecutableDefinitionNode
{
    public override NameNode? Name { get; } = Name;

    public override IReadOnlyList<DirectiveNode> Directives { get; } = Directives;

    public override SelectionSetNode SelectionSet { get; } = SelectionSet;
}

/// <summary><c>@name(arg: value)</c></summary>
public sealed record DirectiveNode(NameNode Name, IReadOnlyList<ArgumentNode> Arguments) : SyntaxNode;
