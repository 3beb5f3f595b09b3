using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class UniqueArgumentNamesRuleTests
{
    [Fact]
    public void Distinct_arguments_are_fine()
    {
        RuleHarness.Valid<UniqueArgumentNamesRule>("{ arguments { multipleReqs(req1: 1, req2: 2) } }");
    }

    [Fact]
    public void A_repeated_argument_is_refused()
    {
        RuleHarness.Invalid<UniqueArgumentNamesRule>(
            "{ arguments { intArg(intArg: 1, intArg: 2) } }",
            ("There can be only one argument named \"intArg\".", 1, 22));
    }
}
