using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class KnownOperationTypesRuleTests
{
    [Fact]
    public void Operations_the_schema_has_are_fine()
    {
        RuleHarness.Valid<KnownOperationTypesRule>("mutation { mutateDog { name } }");
    }
}
