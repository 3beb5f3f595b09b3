using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Validation;

/// <summary>
/// Visits a document depth-first in the specification's field order, calling enter and leave
/// for each node. Names are not visited (rules read them from their nodes).
/// </summary>
public static class SyntaxWalker
{
    /// <summary>The child nodes of a node, in visiting order.</summary>
    public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode d:
                return d.Definitions;
            case OperationDefinitionNode o:
                return [.. o.VariableDefinitions, .. o.Directives, o.SelectionSet];
            case VariableDefinitionNode v:
                return v.DefaultValue is null ? [v.Variable, v.Type, .. v.Directives] : [v.Variable, v.Type, v.DefaultValue, .. v.Directives];
            case SelectionSetNode s:
                return s.Selections;
            case FieldNode f:
                return f.SelectionSet is null ? [.. f.Arguments, .. f.Directives] : [.. f.Arguments, .. f.Directives, f.SelectionSet];
            case ArgumentNode a:
                return [a.Value];
            case FragmentSpreadNode s:
                return s.Directives;
            case InlineFragmentNode i:
                return i.TypeCondition is null ? [.. i.Directives, i.SelectionSet] : [i.TypeCondition, .. i.Directives, i.SelectionSet];
            case FragmentDefinitionNode f:
                return [f.TypeCondition, .. f.Directives, f.SelectionSet];
            case ListValueNode l:
                return l.Values;
            case ObjectValueNode o:
                return o.Fields;
            case ObjectFieldNode f:
                return [f.Value];
            case DirectiveNode d:
                return d.Arguments;
            case ListTypeNode l:
                return [l.Type];
            case NonNullTypeNode n:
                return [n.Type];
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
