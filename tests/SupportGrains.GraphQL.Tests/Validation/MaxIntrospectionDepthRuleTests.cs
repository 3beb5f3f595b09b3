using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class MaxIntrospectionDepthRuleTests
{
    [Fact]
    public void Ordinary_introspection_is_fine()
    {
        RuleHarness.Valid<MaxIntrospectionDepthRule>("{ __schema { types { fields { type { name } } } } }");
    }

    [Fact]
    public void Three_nested_introspection_lists_are_refused()
    {
        RuleHarness.Invalid<MaxIntrospectionDepthRule>(
            "{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }",
            ("Maximum introspection depth exceeded", 1, 3));
    }
}
