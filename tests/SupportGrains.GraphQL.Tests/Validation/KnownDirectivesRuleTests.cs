using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class KnownDirectivesRuleTests
{
    [Fact]
    public void Known_directives_in_their_places_are_fine()
    {
        RuleHarness.Valid<KnownDirectivesRule>("{ dog @include(if: true) { name @onField } }");
    }

    [Fact]
    public void Unknown_or_misplaced_directives_are_refused()
    {
        RuleHarness.Invalid<KnownDirectivesRule>(
            "query Q @onField { dog @nope { name } }",
            ("Directive \"@onField\" may not be used on QUERY.", 1, 9), ("Unknown directive \"@nope\".", 1, 24));
    }
}
