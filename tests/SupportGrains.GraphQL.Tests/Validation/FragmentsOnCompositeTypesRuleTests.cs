using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class FragmentsOnCompositeTypesRuleTests
{
    [Fact]
    public void Fragments_on_objects_interfaces_and_unions_are_fine()
    {
        RuleHarness.Valid<FragmentsOnCompositeTypesRule>("{ dog { ... on Pet { name } } catOrDog { ... on Dog { name } } } fragment F on CatOrDog { __typename }");
    }

    [Fact]
    public void Fragments_on_scalars_are_refused()
    {
        RuleHarness.Invalid<FragmentsOnCompositeTypesRule>(
            "{ dog { ...F } } fragment F on Boolean { name }",
            ("Fragment \"F\" cannot condition on non composite type \"Boolean\".", 1, 32));
    }
}
