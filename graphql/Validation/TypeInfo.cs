using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation;

/// <summary>
/// Tracks, during a traversal, the schema types at the current node: the parent type, the field
/// definition, the output type, the expected input type and its default, the directive and the
/// argument, as graphql-js' TypeInfo does.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<InputValue?> _defaultValueStack = [];

    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set we are in.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected at the current value.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type of the enclosing value (e.g. the list or object containing the current value).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>The argument or input field whose default applies at the current value, if it has one.</summary>
    public InputValue? DefaultValueSource => Top(_defaultValueStack);

    public DirectiveDefinition? Directive { get; private set; }

    public InputValue? Argument { get; private set; }

    public EnumValue? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.NamedType;
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            case FieldNode field:
                var parent = ParentType;
                var fieldDef = parent is null ? null : schema.FieldOf(parent, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } output ? output : null);
                break;
            case DirectiveNode directive:
                Directive = schema.Directive(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(schema.RootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var inlineType = inline.TypeCondition is null ? Type?.NamedType : schema.TypeFromAst(inline.TypeCondition);
                _typeStack.Add(inlineType is { IsOutputType: true } ? inlineType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = schema.TypeFromAst(fragment.TypeCondition);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = schema.TypeFromAst(variable.Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                var argumentDef = arguments?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = argumentDef;
                _defaultValueStack.Add(argumentDef is { HasDefaultValue: true } ? argumentDef : null);
                _inputTypeStack.Add(argumentDef?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.Nullable;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                if (InputType?.NamedType is InputObjectType inputObject)
                {
                    var inputField = inputObject.Field(objectField.Name.Value);
                    _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? inputField : null);
                    _inputTypeStack.Add(inputField?.Type is { IsInputType: true } fieldType ? fieldType : null);
                }
                else
                {
                    _defaultValueStack.Add(null);
                    _inputTypeStack.Add(null);
                }

                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.NamedType is EnumType enumType ? enumType.Value(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
