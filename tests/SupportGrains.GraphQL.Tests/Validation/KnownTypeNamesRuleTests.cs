using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class KnownTypeNamesRuleTests
{
    [Fact]
    public void Known_types_are_fine()
    {
        RuleHarness.Valid<KnownTypeNamesRule>("query ($f: FindDogInput) { dog { ... on Pet { name } } findDog(searchBy: $f) { name } }");
    }

    [Fact]
    public void Unknown_types_are_refused_with_suggestions()
    {
        RuleHarness.Invalid<KnownTypeNamesRule>(
            "query ($f: FindDogInpt) { dog { ... on Pett { name } } }",
            ("Unknown type \"FindDogInpt\". Did you mean \"FindDogInput\"?", 1, 12), ("Unknown type \"Pett\". Did you mean \"Pet\"?", 1, 40));
    }
}
