using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.8.5 All Variable Usages Are Allowed (and OneOf fields take only non-null variables).</summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(OperationDefinitionNode), typeof(VariableDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    public override bool Enter(SyntaxNode node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                _definitions[definition.Variable.Name.Value] = definition;
                break;
        }

        return true;
    }

    public override void Leave(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var usage in Context.RecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (!_definitions.TryGetValue(name, out var definition) || usage.Type is null)
            {
                continue;
            }

            var variableType = Context.Schema.TypeFromAst(definition.Type);
            if (variableType is null)
            {
                continue;
            }

            if (!Allowed(variableType, definition.DefaultValue, usage.Type, usage.DefaultValueSource is not null))
            {
                Context.Report($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{usage.Type}\".", definition, usage.Node);
            }

            if (usage.ParentType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
            {
                Context.Report($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf}\".", definition, usage.Node);
            }
        }
    }

    private bool Allowed(GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return IsSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return IsSubTypeOf(variableType, locationType);
    }

    private bool IsSubTypeOf(GraphQLType maybeSub, GraphQLType super)
    {
        if (ReferenceEquals(maybeSub, super))
        {
            return true;
        }

        if (super is NonNullType superNonNull)
        {
            return maybeSub is NonNullType subNonNull && IsSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSub is NonNullType nonNull)
        {
            return IsSubTypeOf(nonNull.OfType, super);
        }

        if (super is ListType superList)
        {
            return maybeSub is ListType subList && IsSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSub is ListType)
        {
            return false;
        }

        return super is InterfaceType or UnionType && maybeSub is InterfaceType or ObjectType
            && Context.Schema.IsSubType((NamedType)super, (NamedType)maybeSub);
    }
}
