using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    [Fact]
    public void Identical_fields_and_fields_on_exclusive_types_are_fine()
    {
        RuleHarness.Valid<OverlappingFieldsCanBeMergedRule>("{ dog { name name otherName: name } catOrDog { ... on Dog { volume: barkVolume } ... on Cat { volume: meowVolume } } }");
    }

    [Fact]
    public void Different_fields_under_one_key_are_refused()
    {
        RuleHarness.Invalid<OverlappingFieldsCanBeMergedRule>(
            "{ dog { name: nickname name } }",
            ("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", 1, 9));
    }

    [Fact]
    public void Different_arguments_are_refused()
    {
        RuleHarness.Invalid<OverlappingFieldsCanBeMergedRule>(
            "{ dog { doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) } }",
            ("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", 1, 9));
    }
}
