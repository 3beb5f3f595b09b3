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
    public IReadOnlyList<FragmentDefinitionNode> RecursivelyReferencedFragments(OperationDefinitionNode operation)
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

        var usages = new List<VariableUsage>();
        var typeInfo = new TypeInfo(Schema);
        Collect(node);
        _usages[node] = usages;
        return usages;

        void Collect(SyntaxNode current)
        {
            if (current is VariableDefinitionNode)
            {
                return;
            }

            typeInfo.Enter(current);
            if (current is VariableNode variable)
            {
                usages.Add(new VariableUsage(variable, typeInfo.InputType, typeInfo.DefaultValueSource, typeInfo.ParentInputType));
            }

            foreach (var child in SyntaxWalker.Children(current))
            {
                Collect(child);
            }

            typeInfo.Leave(current);
        }
    }

    /// <summary>The variable usages of an operation and of every fragment it uses.</summary>
    public IEnumerable<VariableUsage> RecursiveVariableUsages(OperationDefinitionNode operation) =>
        VariableUsages(operation).Concat(RecursivelyReferencedFragments(operation).SelectMany(VariableUsages));
}

/// <summary>A use of a variable, and the input type (and default) of the place it is used.</summary>
public sealed record VariableUsage(VariableNode Node, GraphQLType? Type, InputValue? DefaultValueSource, GraphQLType? ParentType);

/// <summary>Validation stopped at the error limit.</summary>
internal sealed class ValidationAbortedException : Exception;
