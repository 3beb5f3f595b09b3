using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class ValuesOfCorrectTypeRuleTests
{
    [Fact]
    public void Values_of_the_right_types_are_fine()
    {
        RuleHarness.Valid<ValuesOfCorrectTypeRule>("{ arguments { intArg(intArg: 2) floatArg(floatArg: 1) idArg(idArg: 1) enumArg(dogCommand: SIT) stringListArg(stringListArg: \"one\") complexArg(complexArg: { name: \"Rex\" }) oneOfArg(choice: { byId: 1 }) } }");
    }

    [Fact]
    public void Values_of_the_wrong_types_are_refused()
    {
        RuleHarness.Invalid<ValuesOfCorrectTypeRule>(
            "{ arguments { intArg(intArg: \"2\") enumArg(dogCommand: JUMP) complexArg(complexArg: { nam: \"Rex\" }) oneOfArg(choice: { byId: 1, byName: \"x\" }) } }",
            ("Int cannot represent non-integer value: \"2\"", 1, 30), ("Value \"JUMP\" does not exist in \"DogCommand\" enum.", 1, 55), ("Field \"nam\" is not defined by type \"FindDogInput\". Did you mean \"name\"?", 1, 86), ("OneOf Input Object \"Choice\" must specify exactly one key.", 1, 117));
    }
}
