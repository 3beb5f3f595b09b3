using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation;

/// <summary>
/// Visits a document depth-first in the specification's field order, calling enter and leave
/// for each node. Names are not visited (rules read them from their nodes).
/// </summary>
public static class SyntaxWalker
{
    /// <summary>
    /// Calls <paramref name="visitor"/> for each child of a node, in the specification's field
    /// order; executable nodes without allocating (the validator's hot path).
    /// </summary>
    public static void VisitChildren(SyntaxNode node, NodeVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        switch (node)
        {
            case FieldNode f:
                Each(f.Arguments, visitor);
                Each(f.Directives, visitor);
                if (f.SelectionSet is { } fieldSelections)
                {
                    visitor.Visit(fieldSelections);
                }

                return;
            case SelectionSetNode s:
                Each(s.Selections, visitor);
                return;
            case ArgumentNode a:
                visitor.Visit(a.Value);
                return;
            case NameNode or VariableNode or NamedTypeNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode or NullValueNode or EnumValueNode:
                return;
            case DocumentNode d:
                Each(d.Definitions, visitor);
                return;
            case OperationDefinitionNode o:
                Each(o.VariableDefinitions, visitor);
                Each(o.Directives, visitor);
                visitor.Visit(o.SelectionSet);
                return;
            case FragmentSpreadNode spread:
                Each(spread.Directives, visitor);
                return;
            case InlineFragmentNode i:
                if (i.TypeCondition is { } condition)
                {
                    visitor.Visit(condition);
                }

                Each(i.Directives, visitor);
                visitor.Visit(i.SelectionSet);
                return;
            case FragmentDefinitionNode fragment:
                visitor.Visit(fragment.TypeCondition);
                Each(fragment.Directives, visitor);
                visitor.Visit(fragment.SelectionSet);
                return;
            case VariableDefinitionNode v:
                visitor.Visit(v.Variable);
                visitor.Visit(v.Type);
                if (v.DefaultValue is { } defaultValue)
                {
                    visitor.Visit(defaultValue);
                }

                Each(v.Directives, visitor);
                return;
            case DirectiveNode directive:
                Each(directive.Arguments, visitor);
                return;
            case ListValueNode list:
                Each(list.Values, visitor);
                return;
            case ObjectValueNode value:
                Each(value.Fields, visitor);
                return;
            case ObjectFieldNode field:
                visitor.Visit(field.Value);
                return;
            case ListTypeNode listType:
                visitor.Visit(listType.Type);
                return;
            case NonNullTypeNode nonNull:
                visitor.Visit(nonNull.Type);
                return;
            default:
                foreach (var child in TypeSystemChildren(node))
                {
                    visitor.Visit(child);
                }

                return;
        }
    }

    private static void Each<T>(IReadOnlyList<T> nodes, NodeVisitor visitor)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            visitor.Visit(nodes[i]);
        }
    }

    /// <summary>The child nodes of a node, in visiting order (allocates a list; validation uses <see cref="VisitChildren"/>).</summary>
    public static IReadOnlyList<SyntaxNode> Children(SyntaxNode node)
    {
        var collector = new Collector();
        VisitChildren(node, collector);
        return collector.Nodes;
    }

    private sealed class Collector : NodeVisitor
    {
        public List<SyntaxNode> Nodes { get; } = [];

        public override void Visit(SyntaxNode node) => Nodes.Add(node);
    }

    private static IEnumerable<SyntaxNode> TypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode s:
                return [.. s.Directives, .. s.OperationTypes];
            case SchemaExtensionNode s:
                return [.. s.Directives, .. s.OperationTypes];
            case OperationTypeDefinitionNode o:
                return [o.Type];
            case ScalarTypeDefinitionNode s:
                return s.Directives;
            case ObjectTypeDefinitionNode o:
                return [.. o.Interfaces, .. o.Directives, .. o.Fields];
            case InterfaceTypeDefinitionNode i:
                return [.. i.Interfaces, .. i.Directives, .. i.Fields];
            case UnionTypeDefinitionNode u:
                return [.. u.Directives, .. u.Types];
            case EnumTypeDefinitionNode e:
                return [.. e.Directives, .. e.Values];
            case EnumValueDefinitionNode e:
                return e.Directives;
            case InputObjectTypeDefinitionNode i:
                return [.. i.Directives, .. i.Fields];
            case FieldDefinitionNode f:
                return [.. f.Arguments, f.Type, .. f.Directives];
            case InputValueDefinitionNode v:
                return v.DefaultValue is null ? [v.Type, .. v.Directives] : [v.Type, v.DefaultValue, .. v.Directives];
            case DirectiveDefinitionNode d:
                return d.Arguments;
            case TypeExtensionNode e:
                return Children(e.Definition);
            default:
                return [];
        }
    }
}

/// <summary>Receives the children of a node from <see cref="SyntaxWalker.VisitChildren"/>.</summary>
public abstract class NodeVisitor
{
    public abstract void Visit(SyntaxNode node);
}
