using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class ProvidedRequiredArgumentsRuleTests
{
    [Fact]
    public void Required_arguments_given_and_optional_ones_left_out_are_fine()
    {
        RuleHarness.Valid<ProvidedRequiredArgumentsRule>("{ arguments { multipleReqs(req1: 1, req2: 2) multipleOpts } dog { name @skip(if: false) } }");
    }

    [Fact]
    public void Missing_required_arguments_are_refused()
    {
        RuleHarness.Invalid<ProvidedRequiredArgumentsRule>(
            "{ arguments { multipleReqs(req2: 2) } dog { name @skip } }",
            ("Field \"multipleReqs\" argument \"req1\" of type \"Int!\" is required, but it was not provided.", 1, 15), ("Directive \"@skip\" argument \"if\" of type \"Boolean!\" is required, but it was not provided.", 1, 50));
    }
}
