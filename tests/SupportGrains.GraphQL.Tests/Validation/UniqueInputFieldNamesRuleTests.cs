using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class UniqueInputFieldNamesRuleTests
{
    [Fact]
    public void Distinct_input_fields_are_fine()
    {
        RuleHarness.Valid<UniqueInputFieldNamesRule>("{ findDog(searchBy: { name: \"Rex\", owner: \"Sam\" }) { name } }");
    }

    [Fact]
    public void A_repeated_input_field_is_refused()
    {
        RuleHarness.Invalid<UniqueInputFieldNamesRule>(
            "{ findDog(searchBy: { name: \"Rex\", name: \"Max\" }) { name } }",
            ("There can be only one input field named \"name\".", 1, 23));
    }
}
