using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class VariablesInAllowedPositionRuleTests
{
    [Fact]
    public void Variables_of_compatible_types_are_fine()
    {
        RuleHarness.Valid<VariablesInAllowedPositionRule>("query ($a: Int!, $b: Int = 1, $c: [String!]) { arguments { nonNullIntArg(nonNullIntArg: $a) x: nonNullIntArg(nonNullIntArg: $b) stringListArg(stringListArg: $c) } }");
    }

    [Fact]
    public void A_nullable_variable_in_a_non_null_place_is_refused()
    {
        RuleHarness.Invalid<VariablesInAllowedPositionRule>(
            "query ($a: Int) { arguments { nonNullIntArg(nonNullIntArg: $a) } }",
            ("Variable \"$a\" of type \"Int\" used in position expecting type \"Int!\".", 1, 8));
    }
}
