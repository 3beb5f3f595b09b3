using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class NoFragmentCyclesRuleTests
{
    [Fact]
    public void Fragments_without_cycles_are_fine()
    {
        RuleHarness.Valid<NoFragmentCyclesRule>("{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { name }");
    }

    [Fact]
    public void A_cycle_is_refused_naming_the_path()
    {
        RuleHarness.Invalid<NoFragmentCyclesRule>(
            "{ dog { ...A } } fragment A on Dog { ...B } fragment B on Dog { ...A }",
            ("Cannot spread fragment \"A\" within itself via \"B\".", 1, 38));
    }
}
