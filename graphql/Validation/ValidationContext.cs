using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Validation;

/// <summary>What rules share during one validation: the schema, the document, type information, and the errors found.</summary>
public sealed class ValidationContext
{
    private const int MaxErrors = 100;
    private readonly Dictionary<string, FragmentDefinitionNode> _fragments;
    private readonly Dictionary<SyntaxNode, IReadOnlyList<FragmentSpreadNode>> _spreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxNode, IReadOnlyList<VariableUsage>> _usages = new(ReferenceEqualityComparer.Instance);
    private readonly List<(OperationDefinitionNode Operation, IReadOnlyList<FragmentDefinitionNode> Fragments, List<VariableUsage>? Usages)> _operations = [];

    internal ValidationContext(Schema schema, DocumentNode document, ValidationLimits limits)
    {
        Schema = schema;
        Document = document;
        Limits = limits;
        TypeInfo = new TypeInfo(schema);
        _fragments = [];
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            _fragments.TryAdd(fragment.Name!.Value, fragment);
        }
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public ValidationLimits Limits { get; }

    public TypeInfo TypeInfo { get; }

    public List<GraphQLError> Errors { get; } = [];

    /// <summary>The nodes from the document down to the current node's parent.</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => AncestorStack;

    internal List<SyntaxNode> AncestorStack { get; } = [];

    public void Report(string message, params SyntaxNode[] nodes)
    {
        if (Errors.Count >= MaxErrors)
        {
            Errors.Add(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            throw new ValidationAbortedException();
        }

        Errors.Add(new GraphQLError(message, nodes));
    }

    public FragmentDefinitionNode? Fragment(string name) => _fragments.GetValueOrDefault(name);

    /// <summary>The fragment spreads directly inside a selection set (inline fragments included, named fragments not followed).</summary>
    public IReadOnlyList<FragmentSpreadNode> FragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_spreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var spreads = new List<FragmentSpreadNode>();
        var pending = new Stack<SelectionSetNode>();
        pending.Push(selectionSet);
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } inner }:
                        pending.Push(inner);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _spreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments.</summary>
    public IReadOnlyList<FragmentDefinitionNode> RecursivelyReferencedFragments(OperationDefinitionNode operation) => OperationEntry(operation).Fragments;

    private int OperationIndex(OperationDefinitionNode operation)
    {
        for (var i = 0; i < _operations.Count; i++)
        {
            if (ReferenceEquals(_operations[i].Operation, operation))
            {
                return i;
            }
        }

        _operations.Add((operation, CollectFragments(operation), null));
        return _operations.Count - 1;
    }

    private (OperationDefinitionNode Operation, IReadOnlyList<FragmentDefinitionNode> Fragments, List<VariableUsage>? Usages) OperationEntry(OperationDefinitionNode operation) =>
        _operations[OperationIndex(operation)];

    private List<FragmentDefinitionNode> CollectFragments(OperationDefinitionNode operation)
    {
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<SelectionSetNode>();
        pending.Push(operation.SelectionSet);
        while (pending.Count > 0)
        {
            foreach (var spread in FragmentSpreads(pending.Pop()))
            {
                var name = spread.Name.Value;
                if (collected.Add(name) && Fragment(name) is { } fragment)
                {
                    fragments.Add(fragment);
                    pending.Push(fragment.SelectionSet);
                }
            }
        }

        return fragments;
    }

    /// <summary>The variables used in an operation or fragment, with the input type expected where each is used.</summary>
    public IReadOnlyList<VariableUsage> VariableUsages(SyntaxNode node)
    {
        if (_usages.TryGetValue(node, out var cached))
        {
            return cached;
        }

        IReadOnlyList<VariableUsage> usages = [];
        if (VariableFinder.Contains(node))
        {
            var collector = new UsageCollector(new TypeInfo(Schema));
            collector.Visit(node);
            usages = collector.Usages;
        }

        _usages[node] = usages;
        return usages;
    }

    /// <summary>The variable usages of an operation and of every fragment it uses (computed once per operation).</summary>
    public IReadOnlyList<VariableUsage> RecursiveVariableUsages(OperationDefinitionNode operation)
    {
        var index = OperationIndex(operation);
        if (_operations[index].Usages is { } known)
        {
            return known;
        }

        var usages = new List<VariableUsage>(VariableUsages(operation));
        foreach (var fragment in _operations[index].Fragments)
        {
            usages.AddRange(VariableUsages(fragment));
        }

        _operations[index] = _operations[index] with { Usages = usages };
        return usages;
    }

    /// <summary>Whether a subtree uses any variable (most documents don't: then no typed walk is needed).</summary>
    private sealed class VariableFinder : NodeVisitor
    {
        private bool _found;

        public static bool Contains(SyntaxNode node)
        {
            var finder = new VariableFinder();
            finder.Visit(node);
            return finder._found;
        }

        public override void Visit(SyntaxNode node)
        {
            if (_found || node is VariableDefinitionNode)
            {
                return;
            }

            if (node is VariableNode)
            {
                _found = true;
                return;
            }

            SyntaxWalker.VisitChildren(node, this);
        }
    }

    private sealed class UsageCollector(TypeInfo typeInfo) : NodeVisitor
    {
        public List<VariableUsage> Usages { get; } = [];

        public override void Visit(SyntaxNode node)
        {
            if (node is VariableDefinitionNode)
            {
                return;
            }

            typeInfo.Enter(node);
            if (node is VariableNode variable)
            {
                Usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValueSource, typeInfo.ParentInputType));
            }

            SyntaxWalker.VisitChildren(node, this);
            typeInfo.Leave(node);
        }
    }
}

/// <summary>A use of a variable, and the input type (and default) of the place it is used.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, InputValue? DefaultValueSource, GraphQLType? ParentType);

/// <summary>Validation stopped at the error limit.</summary>
internal sealed class ValidationAbortedException : Exception;
