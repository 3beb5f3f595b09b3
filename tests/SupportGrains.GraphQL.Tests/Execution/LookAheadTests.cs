using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.GraphQL.Tests.Execution;

/// <summary>A resolver sees what the next level asks for (ResolveContext.Selects), as completion will collect it.</summary>
public sealed class LookAheadTests
{
    private const string Sdl = """
        type Query { person: Person named: Named }
        type Person implements Named { name: String! team: Team }
        type Team { size: Int! }
        interface Named { name: String! }
        """;

    [Theory]
    [InlineData("{ person { name team { size } } }", true)]
    [InlineData("{ person { name } }", false)]
    [InlineData("{ person { squad: team { size } } }", true)]
    [InlineData("{ person { ...withTeam } } fragment withTeam on Person { team { size } }", true)]
    [InlineData("{ person { ... on Person { team { size } } } }", true)]
    [InlineData("query ($skip: Boolean!) { person { name team @skip(if: $skip) { size } } }", false)]
    [InlineData("query ($skip: Boolean!) { person { name team @include(if: $skip) { size } } }", true)]
    public async Task A_resolver_knows_whether_the_selection_asks_for_a_field(string query, bool asked)
    {
        bool? seen = null;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "person", c =>
            {
                seen = c.Selects("team");
                return new object();
            })
            .Resolve("Query", "named", _ => null)
            .Resolve("Person", "name", _ => "Sam")
            .Resolve("Person", "team", _ => new object())
            .Resolve("Team", "size", _ => 3)
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest
        {
            Query = query,
            Variables = new Dictionary<string, object?> { ["skip"] = true },
        });

        Assert.Empty(result.Errors);
        Assert.Equal(asked, seen);
    }

    [Fact]
    public async Task A_field_of_an_abstract_type_does_not_look_ahead()
    {
        bool? seen = null;
        var schema = SchemaBuilder.FromSdl(Sdl)
            .Resolve("Query", "named", c =>
            {
                seen = c.Selects("name");
                return null;
            })
            .Resolve("Query", "person", _ => null)
            .Resolve("Person", "name", _ => "Sam")
            .Resolve("Person", "team", _ => null)
            .Resolve("Team", "size", _ => 3)
            .Build();

        var result = await new GraphQLExecutor(schema).ExecuteAsync(new ExecutionRequest { Query = "{ named { name } }" });

        Assert.Empty(result.Errors);
        Assert.False(seen);
    }
}
