using SupportGrains.GraphQL.Language;

namespace SupportGrains.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static List<Token> Tokens(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        for (var token = lexer.Advance(); token.Kind != TokenKind.EndOfFile; token = lexer.Advance())
        {
            tokens.Add(token);
        }

        return tokens;
    }

    [Fact]
    public void Every_punctuator_is_a_token()
    {
        var kinds = Tokens("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);

        Assert.Equal(
            [TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR, TokenKind.Spread, TokenKind.Colon,
             TokenKind.Equals, TokenKind.At, TokenKind.BracketL, TokenKind.BracketR, TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR],
            kinds);
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-42", TokenKind.Int)]
    [InlineData("4.5", TokenKind.Float)]
    [InlineData("-1.5e10", TokenKind.Float)]
    [InlineData("6E-3", TokenKind.Float)]
    public void Numbers_are_ints_or_floats_kept_as_written(string source, TokenKind kind)
    {
        var token = Assert.Single(Tokens(source));

        Assert.Equal(kind, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Fact]
    public void Whitespace_commas_comments_and_a_byte_order_mark_are_ignored_and_lines_counted()
    {
        var tokens = Tokens("\uFEFF# comment\r\n  a,\n\tb # trailing\r  c");

        Assert.Equal(["a", "b", "c"], tokens.Select(t => t.Value));
        Assert.Equal([(2, 3), (3, 2), (4, 3)], tokens.Select(t => (t.Line, t.Column)));
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t\"", "quote \" slash \\ / \b\f\n\r\t")]
    [InlineData("\"\\u00e9\"", "é")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    public void Strings_decode_their_escapes(string source, string value)
    {
        Assert.Equal(value, Assert.Single(Tokens(source)).Value);
    }

    [Fact]
    public void Block_strings_remove_common_indentation_and_blank_edges()
    {
        var token = Assert.Single(Tokens("\"\"\"\n    Hello,\n      World!\n\n    Yours \\\"\"\" truly\n  \"\"\""));

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal("Hello,\n  World!\n\nYours \"\"\" truly", token.Value);
    }

    [Theory]
    [InlineData("\"unterminated", "Syntax Error: Unterminated string.")]
    [InlineData("\"bad \\x\"", "Syntax Error: Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"\\u12G4\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u12G4\".")]
    [InlineData("\"\\uD800\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".")]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".")]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.")]
    [InlineData("1x", "Syntax Error: Invalid number, expected digit but got: \"x\".")]
    [InlineData("'a'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    public void Bad_tokens_are_syntax_errors_worded_as_graphql_js_words_them(string source, string message)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Tokens(source));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void The_lexer_stops_at_the_token_limit_without_reading_the_rest()
    {
        var lexer = new Lexer(string.Concat(Enumerable.Repeat("a ", 1000)) + "\"", maxTokens: 10);

        var error = Assert.Throws<GraphQLSyntaxException>(() =>
        {
            while (lexer.Advance().Kind != TokenKind.EndOfFile)
            {
            }
        });

        Assert.Contains("more that 10 tokens", error.Message);
    }
}
