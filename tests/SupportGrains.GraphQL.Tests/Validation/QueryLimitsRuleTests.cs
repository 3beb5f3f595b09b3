using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Validation;

namespace SupportGrains.GraphQL.Tests.Validation;

/// <summary>QueryLimitsRule is added by the validator whenever a limit is set, so these tests pass no other rule.</summary>
public sealed class QueryLimitsRuleTests
{
    private static List<string> Errors(string query, ValidationLimits limits) =>
        [.. DocumentValidator.Validate(RuleHarness.Schema, Parser.Parse(query), limits, rules: []).Select(e => e.Message)];

    [Fact]
    public void Depth_at_the_limit_passes_and_one_more_is_refused()
    {
        var limits = new ValidationLimits { MaxDepth = 3 };
        Assert.Empty(Errors("{ dog { owner { name } } }", limits));
        Assert.Equal(["The operation nests fields 4 levels deep; at most 3 are allowed."], Errors("{ dog { owner { pets { name } } } }", limits));
    }

    [Fact]
    public void Depth_follows_fragment_spreads()
    {
        var limits = new ValidationLimits { MaxDepth = 3 };
        Assert.Equal(["Operation \"Q\" nests fields 4 levels deep; at most 3 are allowed."],
            Errors("query Q { dog { ...Owner } } fragment Owner on Dog { owner { pets { name } } }", limits));
    }

    [Fact]
    public void Cost_multiplies_by_ten_under_each_list()
    {
        // human 1, pets 1, name under one list 10: 12.
        Assert.Empty(Errors("{ human { pets { name } } }", new ValidationLimits { MaxCost = 12 }));
        Assert.Equal(["The operation costs 12 (each field 1, times 10 for every list above it); at most 11 is allowed."],
            Errors("{ human { pets { name } } }", new ValidationLimits { MaxCost = 11 }));
    }

    [Fact]
    public void Aliases_and_directives_are_counted()
    {
        Assert.Equal(["The operation uses 3 aliases; at most 2 are allowed."],
            Errors("{ a: dog { name } b: dog { name } c: dog { name } }", new ValidationLimits { MaxAliases = 2 }));
        Assert.Equal(["The operation puts 3 directives on one selection; at most 2 are allowed."],
            Errors("{ dog @onField @repeatable @repeatable { name } }", new ValidationLimits { MaxDirectivesPerSelection = 2 }));
    }

    [Fact]
    public void The_introspection_query_tools_send_passes_the_default_limits()
    {
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";
        var query = $$"""
            query IntrospectionQuery {
              __schema {
                types {
                  kind name description
                  fields(includeDeprecated: true) { name args { name type { {{typeRef}} } } type { {{typeRef}} } }
                  inputFields { name type { {{typeRef}} } }
                  interfaces { {{typeRef}} }
                  possibleTypes { {{typeRef}} }
                }
                directives { name args { name type { {{typeRef}} } } }
              }
            }
            """;
        Assert.Empty(Errors(query, new ValidationLimits()));
    }

    [Fact]
    public void Ordinary_fields_beside_introspection_still_count()
    {
        Assert.Equal(["The operation nests fields 4 levels deep; at most 3 are allowed."],
            Errors("{ __schema { types { name } } dog { owner { pets { name } } } }", new ValidationLimits { MaxDepth = 3 }));
    }
}
