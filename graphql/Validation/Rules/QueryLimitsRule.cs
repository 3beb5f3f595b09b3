using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>
/// This engine's limits (see <see cref="ValidationLimits"/>): how deep an operation nests fields,
/// how many aliases it uses, what it costs (each field 1, times 10 for every list above it), and
/// how many directives one selection carries. Fragments are followed where they are spread.
/// Introspection (<c>__schema</c>, <c>__type</c>) adds no depth or cost: its answer is bounded by the
/// schema, and <see cref="MaxIntrospectionDepthRule"/> bounds its nesting; otherwise the
/// introspection query every tool sends would be refused.
/// </summary>
public sealed class QueryLimitsRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(DocumentNode), typeof(OperationDefinitionNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    private const int ListFactor = 10;

    public override bool Enter(SyntaxNode node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return node is DocumentNode;
        }

        var limits = Context.Limits;
        var measure = new Measure();
        Walk(operation.SelectionSet, Context.Schema.RootType(operation.Operation), 1, 1, measure, 0, counted: true);
        var name = operation.Name is { } n ? $"Operation \"{n.Value}\"" : "The operation";
        if (limits.MaxDepth > 0 && measure.Depth > limits.MaxDepth)
        {
            Context.Report($"{name} nests fields {measure.Depth} levels deep; at most {limits.MaxDepth} are allowed.", operation);
        }

        if (limits.MaxAliases > 0 && measure.Aliases > limits.MaxAliases)
        {
            Context.Report($"{name} uses {measure.Aliases} aliases; at most {limits.MaxAliases} are allowed.", operation);
        }

        if (limits.MaxCost > 0 && measure.Cost > limits.MaxCost)
        {
            Context.Report($"{name} costs {measure.Cost} (each field 1, times {ListFactor} for every list above it); at most {limits.MaxCost} is allowed.", operation);
        }

        if (limits.MaxDirectivesPerSelection > 0 && measure.MaxDirectives > limits.MaxDirectivesPerSelection)
        {
            Context.Report($"{name} puts {measure.MaxDirectives} directives on one selection; at most {limits.MaxDirectivesPerSelection} are allowed.", operation);
        }

        return false;
    }

    private void Walk(SelectionSetNode selectionSet, NamedType? parentType, int depth, long multiplier, Measure measure, int spreads, bool counted)
    {
        // Fragments spread many times (or in a cycle, which another rule reports) could make this walk explode.
        if (spreads > 64 || ++measure.Visits > 100_000)
        {
            measure.Cost = long.MaxValue / 2;
            return;
        }

        foreach (var selection in selectionSet.Selections)
        {
            measure.MaxDirectives = Math.Max(measure.MaxDirectives, selection.Directives.Count);
            switch (selection)
            {
                case FieldNode field:
                    var inside = counted && field.Name.Value is not ("__schema" or "__type");
                    if (counted)
                    {
                        measure.Depth = Math.Max(measure.Depth, depth);
                        measure.Cost = Math.Min(long.MaxValue / 2, measure.Cost + multiplier);
                    }

                    if (field.Alias is not null)
                    {
                        measure.Aliases++;
                    }

                    if (field.SelectionSet is { } inner)
                    {
                        var fieldType = parentType is null ? null : Context.Schema.FieldOf(parentType, field.Name.Value)?.Type;
                        var lists = ListDepth(fieldType);
                        var next = multiplier;
                        for (var i = 0; i < lists; i++)
                        {
                            next = Math.Min(long.MaxValue / (ListFactor * 2), next * ListFactor);
                        }

                        Walk(inner, fieldType?.NamedType, depth + 1, next, measure, spreads, inside);
                    }

                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is null ? parentType : Context.Schema.TypeFromAst(inline.TypeCondition) as NamedType;
                    Walk(inline.SelectionSet, inlineType, depth, multiplier, measure, spreads, counted);
                    break;
                case FragmentSpreadNode spread:
                    if (Context.Fragment(spread.Name.Value) is { } fragment)
                    {
                        Walk(fragment.SelectionSet, Context.Schema.TypeFromAst(fragment.TypeCondition) as NamedType, depth, multiplier, measure, spreads + 1, counted);
                    }

                    break;
            }
        }
    }

    private static int ListDepth(GraphQLType? type)
    {
        var depth = 0;
        while (type is not null and not NamedType)
        {
            if (type is ListType list)
            {
                depth++;
                type = list.OfType;
            }
            else
            {
                type = ((NonNullType)type).OfType;
            }
        }

        return depth;
    }

    private sealed class Measure
    {
        public int Depth { get; set; }

        public int Aliases { get; set; }

        public long Cost { get; set; }

        public int Visits { get; set; }

        public int MaxDirectives { get; set; }
    }
}
