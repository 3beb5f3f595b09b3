using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class UniqueOperationNamesRuleTests
{
    [Fact]
    public void Distinct_operation_names_are_fine()
    {
        RuleHarness.Valid<UniqueOperationNamesRule>("query A { dog { name } } query B { cat { name } }");
    }

    [Fact]
    public void Two_operations_with_one_name_are_refused()
    {
        RuleHarness.Invalid<UniqueOperationNamesRule>(
            "query A { dog { name } }\nmutation A { mutateDog { name } }",
            ("There can be only one operation named \"A\".", 1, 7));
    }
}
