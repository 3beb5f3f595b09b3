using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class UniqueDirectivesPerLocationRuleTests
{
    [Fact]
    public void Repeatable_directives_may_repeat()
    {
        RuleHarness.Valid<UniqueDirectivesPerLocationRule>("{ dog { name @repeatable @repeatable } }");
    }

    [Fact]
    public void Other_directives_may_not()
    {
        RuleHarness.Invalid<UniqueDirectivesPerLocationRule>(
            "{ dog { name @onField @onField } }",
            ("The directive \"@onField\" can only be used once at this location.", 1, 14));
    }
}
