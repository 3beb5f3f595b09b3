using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class NoUnusedVariablesRuleTests
{
    [Fact]
    public void Used_variables_are_fine()
    {
        RuleHarness.Valid<NoUnusedVariablesRule>("query ($a: Boolean) { dog { isHouseTrained(atOtherHomes: $a) } }");
    }

    [Fact]
    public void An_unused_variable_is_refused()
    {
        RuleHarness.Invalid<NoUnusedVariablesRule>(
            "query Q($a: Boolean) { dog { name } }",
            ("Variable \"$a\" is never used in operation \"Q\".", 1, 9));
    }
}
