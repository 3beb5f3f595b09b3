using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void A_document_with_every_executable_construct_parses_with_locations()
    {
        var document = Parser.Parse("""
            "A described query"
            query Q($id: ID! = "1" @dir, $list: [Int!]!) @op {
              alias: field(a: 1, b: 2.5, c: "s", d: true, e: null, f: ENUM, g: [1, 2], h: { x: $id }) @skip(if: false) {
                ...Spread @inc
                ... on Type { inner }
                ... @dir { more }
              }
            }
            fragment Spread on Type { x }
            """);

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        Assert.Equal("A described query", operation.Description!.Value);
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Equal(2, operation.VariableDefinitions.Count);
        Assert.IsType<NonNullTypeNode>(operation.VariableDefinitions[1].Type);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(("alias", "field"), (field.Alias!.Value, field.Name.Value));
        Assert.Equal(8, field.Arguments.Count);
        Assert.Equal((3, 3), (field.Location.Line, field.Location.Column));
        Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]);
        Assert.Null(Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[2]).TypeCondition);
        Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
    }

    [Fact]
    public void Type_system_definitions_parse_too()
    {
        var document = Parser.Parse("""
            schema { query: Q }
            "desc" scalar Date @specifiedBy(url: "https://example.com")
            type Q implements A & B @d { f(a: Int = 1): [String!]! @deprecated(reason: "no") }
            interface A implements B { x: Int }
            union U = | X | Y
            enum E { ONE TWO @deprecated }
            input I @oneOf { a: Int b: String }
            directive @d(x: Int) repeatable on FIELD | OBJECT
            extend type Q { more: Int }
            """);

        Assert.Equal(9, document.Definitions.Count);
        Assert.True(Assert.IsType<DirectiveDefinitionNode>(document.Definitions[7]).Repeatable);
        Assert.Equal(2, Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[4]).Types.Count);
    }

    [Theory]
    [InlineData("{ a", "Syntax Error: Expected Name, found <EOF>.", 1, 4)]
    [InlineData("query Q", "Syntax Error: Expected \"{\", found <EOF>.", 1, 8)]
    [InlineData("{ }", "Syntax Error: Expected Name, found \"}\".", 1, 3)]
    [InlineData("query ($a: Int = $b) { a }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 18)]
    [InlineData("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10)]
    [InlineData("\"d\" { a }", "Syntax Error: Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("notAKeyword { a }", "Syntax Error: Unexpected Name \"notAKeyword\".", 1, 1)]
    public void Syntax_errors_say_what_was_expected_and_where(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_hundred_thousand_levels_of_nesting_are_refused_cleanly()
    {
        var source = string.Concat(Enumerable.Repeat("{a", 100_000)) + string.Concat(Enumerable.Repeat("}", 100_000));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, ParserOptions.Default with { MaxTokens = int.MaxValue }));

        Assert.Contains("nested deeper than", error.Message);
    }

    [Fact]
    public void Deeply_nested_lists_and_types_are_refused_cleanly()
    {
        var list = "{ a(x: " + new string('[', 50_000) + new string(']', 50_000) + ") }";
        var type = "query ($x: " + new string('[', 50_000) + "Int" + new string(']', 50_000) + ") { a }";

        Assert.Contains("nested deeper", Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(list, ParserOptions.Default with { MaxTokens = int.MaxValue })).Message);
        Assert.Contains("nested deeper", Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(type, ParserOptions.Default with { MaxTokens = int.MaxValue })).Message);
    }

    [Fact]
    public void A_ten_megabyte_document_is_refused_cleanly()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("field ", 10 * 1024 * 1024 / 6)) + "}";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Contains("Parsing aborted", error.Message);
    }

    [Fact]
    public void Too_many_tokens_are_refused_before_the_rest_is_read()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}";

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, ParserOptions.Default with { MaxSourceLength = int.MaxValue }));

        Assert.Equal("Syntax Error: Document contains more that 15000 tokens. Parsing aborted.", error.Message);
    }
}
