using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class LoneAnonymousOperationRuleTests
{
    [Fact]
    public void A_single_anonymous_operation_is_fine()
    {
        RuleHarness.Valid<LoneAnonymousOperationRule>("{ dog { name } } fragment F on Dog { name }");
    }

    [Fact]
    public void An_anonymous_operation_beside_others_is_refused()
    {
        RuleHarness.Invalid<LoneAnonymousOperationRule>(
            "{ dog { name } }\nquery B { dog { name } }",
            ("This anonymous operation must be the only defined operation.", 1, 1));
    }
}
