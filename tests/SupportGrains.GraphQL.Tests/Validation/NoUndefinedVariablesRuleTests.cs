using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class NoUndefinedVariablesRuleTests
{
    [Fact]
    public void Defined_variables_are_fine_also_in_fragments()
    {
        RuleHarness.Valid<NoUndefinedVariablesRule>("query ($c: DogCommand!) { dog { ...F } } fragment F on Dog { doesKnowCommand(dogCommand: $c) }");
    }

    [Fact]
    public void An_undefined_variable_is_refused()
    {
        RuleHarness.Invalid<NoUndefinedVariablesRule>(
            "query Q { dog { isHouseTrained(atOtherHomes: $atOtherHomes) } }",
            ("Variable \"$atOtherHomes\" is not defined by operation \"Q\".", 1, 46));
    }
}
