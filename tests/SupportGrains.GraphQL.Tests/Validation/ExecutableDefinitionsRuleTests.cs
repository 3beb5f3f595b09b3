using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class ExecutableDefinitionsRuleTests
{
    [Fact]
    public void Operations_and_fragments_are_executable()
    {
        RuleHarness.Valid<ExecutableDefinitionsRule>("query Q { dog { ...F } } fragment F on Dog { name }");
    }

    [Fact]
    public void Type_definitions_are_not_executable()
    {
        RuleHarness.Invalid<ExecutableDefinitionsRule>(
            "query Q { dog { name } }\ntype Cow { name: String }\nextend type Dog { color: String }",
            ("The \"Cow\" definition is not executable.", 2, 1), ("The \"Dog\" definition is not executable.", 3, 1));
    }
}
