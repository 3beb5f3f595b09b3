using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class ScalarLeafsRuleTests
{
    [Fact]
    public void Leaves_without_selections_and_objects_with_them_are_fine()
    {
        RuleHarness.Valid<ScalarLeafsRule>("{ dog { name barkVolume owner { name } } }");
    }

    [Fact]
    public void A_scalar_with_a_selection_and_an_object_without_one_are_refused()
    {
        RuleHarness.Invalid<ScalarLeafsRule>(
            "{ dog { name { x } owner } }",
            ("Field \"name\" must not have a selection since type \"String!\" has no subfields.", 1, 14), ("Field \"owner\" of type \"Human\" must have a selection of subfields. Did you mean \"owner { ... }\"?", 1, 20));
    }
}
