using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class SingleFieldSubscriptionsRuleTests
{
    [Fact]
    public void One_root_field_is_fine_even_through_fragments()
    {
        RuleHarness.Valid<SingleFieldSubscriptionsRule>("subscription S { ...F } fragment F on Subscription { newMessage { body } }");
    }

    [Fact]
    public void Two_root_fields_are_refused()
    {
        RuleHarness.Invalid<SingleFieldSubscriptionsRule>(
            "subscription S { newMessage { body } disallowedSecondRootField }",
            ("Subscription \"S\" must select only one top level field.", 1, 38));
    }

    [Fact]
    public void An_introspection_root_field_is_refused()
    {
        RuleHarness.Invalid<SingleFieldSubscriptionsRule>(
            "subscription { __typename }",
            ("Anonymous Subscription must not select an introspection top level field.", 1, 16));
    }
}
