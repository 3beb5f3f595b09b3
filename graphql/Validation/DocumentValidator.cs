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

    /// <summary>One depth-first pass calling every rule (graphql-js' visitInParallel); a rule that returns false from Enter skips that subtree.</summary>
    private sealed class Walker(ValidationContext context, ValidationRule[] rules) : NodeVisitor
    {
        private readonly SyntaxNode?[] _skipping = new SyntaxNode?[rules.Length];

        public override void Visit(SyntaxNode node)
        {
            context.TypeInfo.Enter(node);
            for (var i = 0; i < rules.Length; i++)
            {
                if (_skipping[i] is null && !rules[i].Enter(node))
                {
                    _skipping[i] = node;
                }
            }

            context.AncestorStack.Add(node);
            SyntaxWalker.VisitChildren(node, this);
            context.AncestorStack.RemoveAt(context.AncestorStack.Count - 1);
            for (var i = 0; i < rules.Length; i++)
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
}
