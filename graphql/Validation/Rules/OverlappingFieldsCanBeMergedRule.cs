using System.Text;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation.Rules;

/// <summary>
/// Spec 5.3.2 Field Selection Merging: fields with the same response key must be the same field
/// with the same arguments (unless their parents can never both apply) and return compatible
/// types, recursively. Follows graphql-js' algorithm, which stays fast on large documents by
/// caching each selection set's collected fields and comparing each pair of fragments once.
/// Beyond graphql-js, two things keep a hostile document from making it quadratic: fields
/// written identically are compared once (14,000 copies of <c>__typename</c> are one field), and
/// the comparisons have a budget; a document needing more is refused with a clear error.
/// </summary>
public sealed partial class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    private static readonly Type[] Visited = [typeof(SelectionSetNode)];

    public override IReadOnlyCollection<Type> NodeTypes => Visited;

    /// <summary>
    /// How many field comparisons one document may need. The largest real documents need a few
    /// thousand; a document written to need more (thousands of differently written copies of one
    /// response key) would otherwise take seconds of CPU: each comparison costs microseconds.
    /// </summary>
    public const int MaxComparisons = 20_000;

    // Validation stops at 100 errors (ValidationContext): conflicts found beyond that would never be reported.
    private const int MaxReportedConflicts = 101;

    private const int MaxDetailLength = 1000;
    private const int MaxConflictNodes = 20;
    private int _comparisons;
    private bool _overBudget;
    private readonly Dictionary<(NamedType?, SelectionSetNode), FieldCollection> _collections = [];
    private readonly Dictionary<(string, string), bool> _comparedFragmentPairs = [];
    private readonly Dictionary<ValueNode, string> _stringified = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<List<FieldDetail>, List<FieldDetail>> _distinct = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FieldNode, string> _signatures = new(ReferenceEqualityComparer.Instance);

    public override bool Enter(SyntaxNode node)
    {
        if (node is not SelectionSetNode selectionSet)
        {
            return true;
        }

        var ancestors = Context.Ancestors;
        if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode)
        {
            return true;
        }

        if (_overBudget || (selectionSet.Selections.Count <= 1 && selectionSet.Selections.FirstOrDefault() is not InlineFragmentNode))
        {
            return true;
        }

        List<Conflict> conflicts;
        try
        {
            conflicts = FindConflictsWithin(Context.TypeInfo.ParentType, selectionSet);
        }
        catch (ComparisonBudgetExceeded)
        {
            _overBudget = true;
            Context.Report(
                $"The document repeats fields too often to check that they can be merged: it needs more than {MaxComparisons:N0} comparisons of fields with the same name. Ask for each field once.",
                selectionSet);
            return true;
        }

        foreach (var conflict in conflicts)
        {
            Context.Report(
                $"Fields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                [.. conflict.Fields1, .. conflict.Fields2]);
        }

        return true;
    }

    private void Spend(int comparisons = 1)
    {
        _comparisons += comparisons;
        if (_comparisons > MaxComparisons)
        {
            throw new ComparisonBudgetExceeded();
        }
    }

    private List<Conflict> FindConflictsWithin(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var collection = Collect(parentType, selectionSet);
        foreach (var (responseName, all) in collection.Grouped)
        {
            var fields = Distinct(all);
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                        if (conflicts.Count >= MaxReportedConflicts)
                        {
                            return conflicts;
                        }
                    }
                }
            }
        }

        var fragments = collection.FragmentNames;
        if (fragments.Count != 0 && (collection.Grouped.Count != 0 || fragments.Count > 1))
        {
            for (var i = 0; i < fragments.Count; i++)
            {
                BetweenFieldsAndFragment(conflicts, false, collection, fragments[i]);
                for (var j = i + 1; j < fragments.Count; j++)
                {
                    BetweenFragments(conflicts, false, fragments[i], fragments[j]);
                }
            }
        }

        return conflicts;
    }

    private void BetweenFieldsAndFragment(List<Conflict> conflicts, bool mutuallyExclusive, FieldCollection collection, string fragmentName)
    {
        if (collection.Grouped.Count == 0)
        {
            return;
        }

        collection.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (collection.ComparedFragments.TryGetValue(fragmentName, out var compared) && (!compared || mutuallyExclusive))
        {
            return;
        }

        collection.ComparedFragments[fragmentName] = mutuallyExclusive;
        if (Context.Fragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var fragmentCollection = CollectFragment(fragment);
        if (ReferenceEquals(collection, fragmentCollection))
        {
            return;
        }

        Between(conflicts, mutuallyExclusive, collection, fragmentCollection);
        foreach (var referenced in fragmentCollection.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, mutuallyExclusive, collection, referenced);
        }
    }

    private void BetweenFragments(List<Conflict> conflicts, bool mutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2 || PairCompared(fragmentName1, fragmentName2, mutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs[(fragmentName1, fragmentName2)] = mutuallyExclusive;
        if (Context.Fragment(fragmentName1) is not { } fragment1 || Context.Fragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var collection1 = CollectFragment(fragment1);
        var collection2 = CollectFragment(fragment2);
        Between(conflicts, mutuallyExclusive, collection1, collection2);
        foreach (var referenced2 in collection2.FragmentNames)
        {
            BetweenFragments(conflicts, mutuallyExclusive, fragmentName1, referenced2);
        }

        foreach (var referenced1 in collection1.FragmentNames)
        {
            BetweenFragments(conflicts, mutuallyExclusive, referenced1, fragmentName2);
        }
    }

    private bool PairCompared(string a, string b, bool mutuallyExclusive)
    {
        bool Has(string x, string y) =>
            _comparedFragmentPairs.TryGetValue((x, y), out var recorded) && (mutuallyExclusive || recorded == mutuallyExclusive);

        return Has(a, b) || Has(b, a);
    }

    private List<Conflict> FindConflictsBetweenSubSelections(bool mutuallyExclusive, NamedType? parentType1, SelectionSetNode selectionSet1,
        NamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var collection1 = Collect(parentType1, selectionSet1);
        var collection2 = Collect(parentType2, selectionSet2);
        Between(conflicts, mutuallyExclusive, collection1, collection2);
        foreach (var fragmentName2 in collection2.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, mutuallyExclusive, collection1, fragmentName2);
        }

        foreach (var fragmentName1 in collection1.FragmentNames)
        {
            BetweenFieldsAndFragment(conflicts, mutuallyExclusive, collection2, fragmentName1);
        }

        foreach (var fragmentName1 in collection1.FragmentNames)
        {
            foreach (var fragmentName2 in collection2.FragmentNames)
            {
                BetweenFragments(conflicts, mutuallyExclusive, fragmentName1, fragmentName2);
            }
        }

        return conflicts;
    }

    private void Between(List<Conflict> conflicts, bool parentsMutuallyExclusive, FieldCollection collection1, FieldCollection collection2)
    {
        if (collection1.Grouped.Count == 0 || collection2.Grouped.Count == 0)
        {
            return;
        }

        foreach (var (responseName, fields1) in collection1.Grouped)
        {
            Spend();
            if (!collection2.Grouped.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in Distinct(fields1))
            {
                foreach (var field2 in Distinct(fields2))
                {
                    if (!Same(field1, field2) && FindConflict(parentsMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentsMutuallyExclusive, string responseName, FieldDetail detail1, FieldDetail detail2)
    {
        Spend();
        var mutuallyExclusive = parentsMutuallyExclusive
            || (!ReferenceEquals(detail1.ParentType, detail2.ParentType) && detail1.ParentType is ObjectType && detail2.ParentType is ObjectType);
        if (detail1.IsSimpleLeaf && detail2.IsSimpleLeaf && detail1.Node.Name.Value == detail2.Node.Name.Value)
        {
            return null;
        }

        var node1 = detail1.Node;
        var node2 = detail2.Node;
        if (!mutuallyExclusive)
        {
            string? reason;
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                reason = $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields";
            }
            else
            {
                reason = SameArguments(node1.Arguments, node2.Arguments) ? null : "they have differing arguments";
            }

            if (reason is not null)
            {
                return new Conflict(responseName, reason, [node1], [node2]);
            }
        }

        var type1 = detail1.Definition?.Type;
        var type2 = detail2.Definition?.Type;
        if (type1 is not null && type2 is not null && TypesConflict(type1, type2))
        {
            return new Conflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelections(mutuallyExclusive, type1?.NamedType, selectionSet1, type2?.NamedType, selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? "" : " and ").Append($"subfields \"{Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}");
            if (message.Length > MaxDetailLength)
            {
                break;
            }
        }

        return new Conflict(responseName, Abbreviate(message.ToString()), ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    private static List<FieldNode> ConflictNodes(FieldNode node, List<Conflict> conflicts, Func<Conflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var fields = side(conflict);
            nodes.AddRange(fields.Skip(Math.Max(0, fields.Count - remaining)));
            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }

    private static bool TypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || TypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || TypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
    }

    private static string Abbreviate(string text) => text.Length > MaxDetailLength ? text[..MaxDetailLength] + "..." : text;

    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    private sealed class ComparisonBudgetExceeded : Exception;
}
