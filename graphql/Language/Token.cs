namespace SupportGrains.GraphQL.Language;

/// <summary>One lexical token.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>How graphql-js names a token in syntax errors: <c>Name "foo"</c>, <c>"}"</c>, <c>&lt;EOF&gt;</c>.</summary>
    public string Describe() => Value is null || Kind is TokenKind.Comment ? KindText(Kind) : $"{KindText(Kind)} \"{Value}\"";

    /// <summary>How graphql-js names a token kind: punctuators quoted, others by name.</summary>
    public static string KindText(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => kind.ToString(),
    };
}
