using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema with every rule of the specification (in
/// graphql-js' order, which decides the order of errors), plus this engine's limits.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The rules of the specification, as graphql-js' <c>specifiedRules</c>.</summary>
    public static IReadOnlyList<Func<ValidationRule>> SpecifiedRules { get; } =
    [
        () => new MaxIntrospectionDepthRule(),
        () => new ExecutableDefinitionsRule(),
        () => new UniqueOperationNamesRule(),
        () => new LoneAnonymousOperationRule(),
        () => new SingleFieldSubscriptionsRule(),
        () => new KnownTypeNamesRule(),
        () => new FragmentsOnCompositeTypesRule(),
        () => new VariablesAreInputTypesRule(),
        () => new ScalarLeafsRule(),
        () => new FieldsOnCorrectTypeRule(),
        () => new UniqueFragmentNamesRule(),
        () => new KnownFragmentNamesRule(),
        () => new NoUnusedFragmentsRule(),
        () => new PossibleFragmentSpreadsRule(),
        () => new NoFragmentCyclesRule(),
        () => new UniqueVariableNamesRule(),
        () => new NoUndefinedVariablesRule(),
        () => new NoUnusedVariablesRule(),
        () => new KnownDirectivesRule(),
        () => new UniqueDirectivesPerLocationRule(),
        () => new KnownArgumentNamesRule(),
        () => new UniqueArgumentNamesRule(),
        () => new ValuesOfCorrectTypeRule(),
        () => new ProvidedRequiredArgumentsRule(),
        () => new VariablesInAllowedPositionRule(),
        () => new OverlappingFieldsCanBeMergedRule(),
        () => new UniqueInputFieldNamesRule(),
        () => new KnownOperationTypesRule(),
    ];

    /// <summary>Validates a document; no errors means it may be executed.</summary>
    public static List<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationLimits? limits = null, IEnumerable<Func<ValidationRule>>? rules = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        limits ??= new ValidationLimits();
        if (limits.MaxOperations > 0 && document.Definitions.OfType<OperationDefinitionNode>().Count() is var operations && operations > limits.MaxOperations)
        {
            // Refused before any rule walks the document: the walk is what the limit saves.
            return [new GraphQLError($"The document has {operations:N0} operations; at most {limits.MaxOperations:N0} may be sent in one. Send only the operation to run (and the fragments it uses).")];
        }

        var context = new ValidationContext(schema, document, limits);
        var factories = (rules ?? SpecifiedRules).ToList();
        if (!schema.IntrospectionEnabled)
        {
            factories.Add(() => new NoSchemaIntrospectionRule());
        }

        if (limits.MaxDepth > 0 || limits.MaxAliases > 0 || limits.MaxCost > 0 || limits.MaxDirectivesPerSelection > 0)
        {
            factories.Add(() => new QueryLimitsRule());
        }

        var instances = factories.Select(f => f()).ToArray();
        foreach (var rule in instances)
        {
            rule.Attach(context);
        }

        try
        {
            new Walker(context, instances).Visit(document);
        }
        catch (ValidationAbortedException)
        {
            // The error limit was reached; the errors so far (and the notice) are reported.
        }

        return context.Errors;
    }

    /// <summary>
    /// One depth-first pass calling every rule (graphql-js' visitInParallel), each only for the node
    /// types it declares; a rule that returns false from Enter skips that subtree.
    /// </summary>
    private sealed class Walker(ValidationContext context, ValidationRule[] rules) : NodeVisitor
    {
        private readonly SyntaxNode?[] _skipping = new SyntaxNode?[rules.Length];
        private readonly Dispatch _dispatch = Dispatch.For(rules);

        public override void Visit(SyntaxNode node)
        {
            var interested = _dispatch.RulesFor(node.GetType());
            context.TypeInfo.Enter(node);
            foreach (var i in interested)
            {
                if (_skipping[i] is null && !rules[i].Enter(node))
                {
                    _skipping[i] = node;
                }
            }

            context.AncestorStack.Add(node);
            SyntaxWalker.VisitChildren(node, this);
            context.AncestorStack.RemoveAt(context.AncestorStack.Count - 1);
            foreach (var i in interested)
            {
                if (_skipping[i] is null)
                {
                    rules[i].Leave(node);
                }
                else if (ReferenceEquals(_skipping[i], node))
                {
                    _skipping[i] = null;
                }
            }

            context.TypeInfo.Leave(node);
        }
    }

    /// <summary>Which rules of a set want which node types; built once per set of rule types and shared.</summary>
    private sealed class Dispatch
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<RuleSet, Dispatch> Known = new();
        private readonly IReadOnlyCollection<Type>?[] _nodeTypes;
        private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, int[]> _byNodeType = new();

        private Dispatch(ValidationRule[] rules) => _nodeTypes = [.. rules.Select(r => r.NodeTypes)];

        public static Dispatch For(ValidationRule[] rules)
        {
            // The rule types in order name the set (a rule's node types belong to its type).
            var types = new Type[rules.Length];
            for (var i = 0; i < rules.Length; i++)
            {
                types[i] = rules[i].GetType();
            }

            return Known.GetOrAdd(new RuleSet(types), static (_, rules) => new Dispatch(rules), rules);
        }

        public int[] RulesFor(Type nodeType) =>
            _byNodeType.TryGetValue(nodeType, out var found) ? found : _byNodeType.GetOrAdd(nodeType, Build);

        private int[] Build(Type nodeType) =>
            [.. Enumerable.Range(0, _nodeTypes.Length).Where(i => _nodeTypes[i] is not { } types || types.Contains(nodeType))];

        private readonly struct RuleSet(Type[] types) : IEquatable<RuleSet>
        {
            private readonly Type[] _types = types;
            private readonly int _hash = Hash(types);

            public bool Equals(RuleSet other) => _hash == other._hash && _types.AsSpan().SequenceEqual(other._types);

            public override bool Equals(object? obj) => obj is RuleSet other && Equals(other);

            public override int GetHashCode() => _hash;

            private static int Hash(Type[] types)
            {
                var hash = default(HashCode);
                foreach (var type in types)
                {
                    hash.Add(type);
                }

                return hash.ToHashCode();
            }
        }
    }
}
