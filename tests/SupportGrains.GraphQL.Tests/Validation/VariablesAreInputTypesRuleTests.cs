using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class VariablesAreInputTypesRuleTests
{
    [Fact]
    public void Input_types_are_fine()
    {
        RuleHarness.Valid<VariablesAreInputTypesRule>("query ($a: Boolean, $b: [DogCommand!], $c: FindDogInput) { dog { name } }");
    }

    [Fact]
    public void Output_types_are_refused()
    {
        RuleHarness.Invalid<VariablesAreInputTypesRule>(
            "query ($a: Dog, $b: [Pet]) { dog { name } }",
            ("Variable \"$a\" cannot be non-input type \"Dog\".", 1, 12), ("Variable \"$b\" cannot be non-input type \"[Pet]\".", 1, 21));
    }
}
