using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class PossibleFragmentSpreadsRuleTests
{
    [Fact]
    public void Spreads_that_can_apply_are_fine()
    {
        RuleHarness.Valid<PossibleFragmentSpreadsRule>("{ pet { ... on Dog { name } } catOrDog { ... on Pet { name } } dog { ... on CatOrDog { __typename } } }");
    }

    [Fact]
    public void Spreads_that_can_never_apply_are_refused()
    {
        RuleHarness.Invalid<PossibleFragmentSpreadsRule>(
            "{ dog { ... on Cat { name } ...H } } fragment H on Human { name }",
            ("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", 1, 9), ("Fragment \"H\" cannot be spread here as objects of type \"Dog\" can never be of type \"Human\".", 1, 29));
    }
}
