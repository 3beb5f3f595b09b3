using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class NoUnusedFragmentsRuleTests
{
    [Fact]
    public void Fragments_used_directly_or_through_others_are_fine()
    {
        RuleHarness.Valid<NoUnusedFragmentsRule>("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");
    }

    [Fact]
    public void An_unused_fragment_is_refused()
    {
        RuleHarness.Invalid<NoUnusedFragmentsRule>(
            "{ dog { name } }\nfragment Unused on Dog { name }",
            ("Fragment \"Unused\" is never used.", 2, 1));
    }
}
