using System.Text;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>The cached field collections and argument comparison of the field-merging rule.</summary>
public sealed partial class OverlappingFieldsCanBeMergedRule
{
    private FieldCollection Collect(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collections.TryGetValue((parentType, selectionSet), out var cached))
        {
            return cached;
        }

        var collection = new FieldCollection();
        var fragmentNames = new List<string>();
        CollectInto(parentType, selectionSet, collection, fragmentNames);
        collection.FragmentNames = fragmentNames;
        _collections[(parentType, selectionSet)] = collection;
        return collection;
    }

    private FieldCollection CollectFragment(FragmentDefinitionNode fragment) =>
        Collect(Context.Schema.TypeFromAst(fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private void CollectInto(NamedType? parentType, SelectionSetNode selectionSet, FieldCollection collection, List<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is FieldsType fields ? fields.Field(field.Name.Value) : null;
                    if (!collection.Grouped.TryGetValue(field.ResponseKey, out var list))
                    {
                        collection.Grouped[field.ResponseKey] = list = [];
                    }

                    list.Add(new FieldDetail(parentType, field, definition, field.Arguments.Count == 0 && field.SelectionSet is null));
                    break;
                case FragmentSpreadNode spread:
                    if (!fragmentNames.Contains(spread.Name.Value))
                    {
                        fragmentNames.Add(spread.Name.Value);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.TypeFromAst(inline.TypeCondition) as NamedType;
                    CollectInto(inlineType, inline.SelectionSet, collection, fragmentNames);
                    break;
            }
        }
    }

    /// <summary>
    /// The fields of a group with each way of writing a field once: a copy (same parent type, same
    /// text once printed) merges with whatever its original merges with, so comparing it again
    /// finds nothing new.
    /// </summary>
    private List<FieldDetail> Distinct(List<FieldDetail> fields)
    {
        if (fields.Count < 2)
        {
            return fields;
        }

        if (_distinct.TryGetValue(fields, out var cached))
        {
            return cached;
        }

        var seen = new HashSet<(NamedType?, string)>();
        var distinct = new List<FieldDetail>();
        foreach (var field in fields)
        {
            if (seen.Add((field.ParentType, Signature(field))))
            {
                distinct.Add(field);
            }
        }

        _distinct[fields] = distinct;
        return distinct;
    }

    private bool Same(FieldDetail detail1, FieldDetail detail2) =>
        ReferenceEquals(detail1.ParentType, detail2.ParentType) && Signature(detail1) == Signature(detail2);

    private string Signature(FieldDetail detail)
    {
        if (_signatures.TryGetValue(detail.Node, out var cached))
        {
            return cached;
        }

        var text = Language.Printer.Print(detail.Node);
        Spend(1 + (text.Length / 256));
        _signatures[detail.Node] = text;
        return text;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || Stringify(argument1.Value) != Stringify(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A canonical text of a value, equal for equal values (object fields sorted, block strings distinct).</summary>
    private string Stringify(ValueNode value)
    {
        if (_stringified.TryGetValue(value, out var cached))
        {
            return cached;
        }

        var builder = new StringBuilder();
        Write(value, builder);
        var text = builder.ToString();
        _stringified[value] = text;
        return text;
    }

    private static void Write(ValueNode value, StringBuilder builder)
    {
        switch (value)
        {
            case VariableNode v:
                builder.Append("$(").Append(v.Name.Value).Append(')');
                break;
            case ObjectValueNode o:
                builder.Append('{');
                foreach (var field in o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    builder.Append(field.Name.Value).Append(':');
                    Write(field.Value, builder);
                    builder.Append(',');
                }

                builder.Append('}');
                break;
            case ListValueNode l:
                builder.Append('[');
                foreach (var item in l.Values)
                {
                    Write(item, builder);
                    builder.Append(',');
                }

                builder.Append(']');
                break;
            case StringValueNode s:
                builder.Append(s.Block ? "B\"" : "S\"").Append(s.Value.Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IntValueNode i:
                builder.Append("I:").Append(i.Value);
                break;
            case FloatValueNode f:
                builder.Append("F:").Append(f.Value);
                break;
            case BooleanValueNode b:
                builder.Append(b.Value ? "true" : "false");
                break;
            case EnumValueNode e:
                builder.Append("E:").Append(e.Value);
                break;
            case NullValueNode:
                builder.Append("null");
                break;
        }
    }

    private sealed class FieldCollection
    {
        public Dictionary<string, List<FieldDetail>> Grouped { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; set; } = [];

        public Dictionary<string, bool>? ComparedFragments { get; set; }
    }

    private sealed record FieldDetail(NamedType? ParentType, FieldNode Node, FieldDefinition? Definition, bool IsSimpleLeaf);
}
