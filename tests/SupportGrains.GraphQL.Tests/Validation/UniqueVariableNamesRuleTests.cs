using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class UniqueVariableNamesRuleTests
{
    [Fact]
    public void Distinct_variables_are_fine()
    {
        RuleHarness.Valid<UniqueVariableNamesRule>("query ($a: Int, $b: Int) { dog { name } }");
    }

    [Fact]
    public void A_repeated_variable_is_refused()
    {
        RuleHarness.Invalid<UniqueVariableNamesRule>(
            "query ($a: Int, $a: String) { dog { name } }",
            ("There can be only one variable named \"$a\".", 1, 9));
    }
}
