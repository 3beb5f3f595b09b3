using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class FieldsOnCorrectTypeRuleTests
{
    [Fact]
    public void Fields_of_the_type_and_typename_are_fine()
    {
        RuleHarness.Valid<FieldsOnCorrectTypeRule>("{ dog { __typename name } pet { name ... on Dog { barkVolume } } }");
    }

    [Fact]
    public void Unknown_fields_are_refused_with_suggestions()
    {
        RuleHarness.Invalid<FieldsOnCorrectTypeRule>(
            "{ dog { nam } pet { barkVolume } }",
            ("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", 1, 9), ("Cannot query field \"barkVolume\" on type \"Pet\". Did you mean to use an inline fragment on \"Dog\"?", 1, 21));
    }
}
