using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>Spec 5.6.1 Values of Correct Type (with @oneOf input objects).</summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(ListValueNode), typeof(ObjectValueNode), typeof(ObjectFieldNode), typeof(NullValueNode), typeof(EnumValueNode), typeof(IntValueNode), typeof(FloatValueNode), typeof(StringValueNode), typeof(BooleanValueNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    public override bool Enter(SyntaxNode node)
    {
        var typeInfo = Context.TypeInfo;
        switch (node)
        {
            case ListValueNode list:
                if (typeInfo.ParentInputType?.Nullable is not ListType)
                {
                    CheckLeaf(list);
                    return false;
                }

                return true;

            case ObjectValueNode objectValue:
                if (typeInfo.InputType?.NamedType is not InputObjectType inputObject)
                {
                    CheckLeaf(objectValue);
                    return false;
                }

                var given = objectValue.Fields.Select(f => f.Name.Value).ToHashSet(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields.Where(f => f.IsRequired && !given.Contains(f.Name)))
                {
                    Context.Report($"Field \"{inputObject.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", objectValue);
                }

                if (inputObject.IsOneOf)
                {
                    CheckOneOf(objectValue, inputObject);
                }

                return true;

            case ObjectFieldNode objectField:
                if (typeInfo.InputType is null && typeInfo.ParentInputType?.NamedType is InputObjectType parent)
                {
                    var suggestions = Suggestions.For(objectField.Name.Value, parent.Fields.Select(f => f.Name));
                    Context.Report($"Field \"{objectField.Name.Value}\" is not defined by type \"{parent.Name}\".{Suggestions.DidYouMean(suggestions)}", objectField);
                }

                return true;

            case NullValueNode nullValue:
                if (typeInfo.InputType is NonNullType nonNull)
                {
                    Context.Report($"Expected value of type \"{nonNull}\", found {Printer.Print(nullValue)}.", nullValue);
                }

                return true;

            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeaf((ValueNode)node);
                return true;

            default:
                return true;
        }
    }

    private void CheckOneOf(ObjectValueNode node, InputObjectType type)
    {
        if (node.Fields.Count != 1)
        {
            Context.Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
            return;
        }

        if (node.Fields[0].Value is NullValueNode)
        {
            Context.Report($"Field \"{type.Name}.{node.Fields[0].Name.Value}\" must be non-null.", node);
        }
    }

    private void CheckLeaf(ValueNode node)
    {
        if (Context.TypeInfo.InputType is not { } locationType)
        {
            return;
        }

        var type = locationType.NamedType;
        if (!type.IsLeafType)
        {
            Context.Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
            return;
        }

        try
        {
            switch (type)
            {
                case EnumType enumType:
                    enumType.ParseLiteral(node);
                    break;
                case ScalarType scalar:
                    scalar.ParseLiteral(node, null);
                    break;
            }
        }
        catch (ScalarCoercionException e)
        {
            Context.Report(e.Message, node);
        }
        catch (Exception e) when (e is FormatException or OverflowException or InvalidCastException)
        {
            Context.Report($"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {e.Message}", node);
        }
    }
}
