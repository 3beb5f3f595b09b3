using SupportGrains.GraphQL.Validation.Rules;

namespace SupportGrains.GraphQL.Tests.Validation;

public sealed class UniqueFragmentNamesRuleTests
{
    [Fact]
    public void Distinct_fragment_names_are_fine()
    {
        RuleHarness.Valid<UniqueFragmentNamesRule>("{ dog { ...A ...B } } fragment A on Dog { name } fragment B on Dog { nickname }");
    }

    [Fact]
    public void Two_fragments_with_one_name_are_refused()
    {
        RuleHarness.Invalid<UniqueFragmentNamesRule>(
            "{ dog { ...A } }\nfragment A on Dog { name }\nfragment A on Dog { nickname }",
            ("There can be only one fragment named \"A\".", 2, 10));
    }
}
