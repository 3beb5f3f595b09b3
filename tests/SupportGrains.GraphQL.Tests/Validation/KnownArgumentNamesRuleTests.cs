using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class KnownArgumentNamesRuleTests
{
    [Fact]
    public void Known_arguments_are_fine()
    {
        RuleHarness.Valid<KnownArgumentNamesRule>("{ dog { doesKnowCommand(dogCommand: SIT) } }");
    }

    [Fact]
    public void Unknown_arguments_are_refused_with_suggestions()
    {
        RuleHarness.Invalid<KnownArgumentNamesRule>(
            "{ dog { doesKnowCommand(command: SIT, dogCommand: SIT) name @skip(unless: false) } }",
            ("Unknown argument \"command\" on field \"Dog.doesKnowCommand\". Did you mean \"dogCommand\"?", 1, 25), ("Unknown argument \"unless\" on directive \"@skip\".", 1, 67));
    }
}
