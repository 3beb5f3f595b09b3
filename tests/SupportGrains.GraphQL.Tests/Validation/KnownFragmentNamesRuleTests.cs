using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class KnownFragmentNamesRuleTests
{
    [Fact]
    public void Known_fragments_are_fine()
    {
        RuleHarness.Valid<KnownFragmentNamesRule>("{ dog { ...A } } fragment A on Dog { name }");
    }

    [Fact]
    public void Unknown_fragments_are_refused()
    {
        RuleHarness.Invalid<KnownFragmentNamesRule>(
            "{ dog { ...Nope } }",
            ("Unknown fragment \"Nope\".", 1, 12));
    }
}
