using SupportGrains.GraphQL.Language;

namespace SupportGrains.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Theory]
    [InlineData("{ a }", "{\n  a\n}")]
    [InlineData("query Q($a: Int = 1) @d { b: c(x: [1, 2], y: {z: \"s\"}) @skip(if: $a) { ...F ... on T { e } } }",
        "query Q($a: Int = 1) @d {\n  b: c(x: [1, 2], y: {z: \"s\"}) @skip(if: $a) {\n    ...F\n    ... on T {\n      e\n    }\n  }\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    public void Documents_print_as_graphql_js_prints_them(string source, string printed)
    {
        Assert.Equal(printed, Printer.Print(Parser.Parse(source)));
    }

    [Fact]
    public void Printing_then_parsing_gives_the_same_print()
    {
        var source = "query Q($v: [ID!]! = [\"a\"]) { a(b: \"\"\"block\nstring\"\"\", c: \"\\u0007 tab\\t\") { ... on X @include(if: true) { y } } } fragment F on X { z }";

        var once = Printer.Print(Parser.Parse(source));
        var twice = Printer.Print(Parser.Parse(once));

        Assert.Equal(once, twice);
        Assert.Contains("\"\\u0007 tab\\t\"", once);
    }

    [Fact]
    public void Long_argument_lists_wrap_onto_lines()
    {
        var printed = Printer.Print(Parser.Parse("{ field(aVeryLongArgumentName: \"value one\", anotherLongArgumentName: \"value two\", third: 3) }"));

        Assert.Contains("field(\n    aVeryLongArgumentName: \"value one\"\n", printed);
    }
}
