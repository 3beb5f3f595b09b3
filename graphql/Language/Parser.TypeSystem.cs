using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Language;

/// <summary>The type-system definition language, and the parser's token helpers.</summary>
public sealed partial class Parser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operations = Many(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operations) { Location = At(start) };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinitionNode(operation, ParseNamedType()) { Location = At(start) };
    }

    private TypeDefinitionNode ParseTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var keyword = Expect(TokenKind.Name).Value;
        var name = ParseName();
        TypeDefinitionNode node = keyword switch
        {
            "scalar" => new ScalarTypeDefinitionNode(description, name, ParseDirectives(isConst: true)),
            "type" => new ObjectTypeDefinitionNode(description, name, ParseImplements(), ParseDirectives(isConst: true), ParseFieldDefinitions()),
            "interface" => new InterfaceTypeDefinitionNode(description, name, ParseImplements(), ParseDirectives(isConst: true), ParseFieldDefinitions()),
            "union" => new UnionTypeDefinitionNode(description, name, ParseDirectives(isConst: true), ParseUnionMembers()),
            "enum" => new EnumTypeDefinitionNode(description, name, ParseDirectives(isConst: true),
                OptionalMany(TokenKind.BraceL, ParseEnumValueDefinition, TokenKind.BraceR)),
            "input" => new InputObjectTypeDefinitionNode(description, name, ParseDirectives(isConst: true),
                OptionalMany(TokenKind.BraceL, ParseInputValueDefinition, TokenKind.BraceR)),
            _ => throw Unexpected(start),
        };
        return node with { Location = At(start) };
    }

    private IReadOnlyList<NamedTypeNode> ParseImplements() =>
        SkipKeyword("implements") ? DelimitedMany(TokenKind.Amp, ParseNamedType) : [];

    private IReadOnlyList<NamedTypeNode> ParseUnionMembers() =>
        Skip(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, ParseNamedType) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldDefinitions() =>
        OptionalMany(TokenKind.BraceL, ParseFieldDefinition, TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinitionNode(description, name, arguments, type, ParseDirectives(isConst: true)) { Location = At(start) };
    }

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinitionNode(description, name, type, defaultValue, ParseDirectives(isConst: true)) { Location = At(start) };
    }

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        if (Current.Value is "true" or "false" or "null")
        {
            throw Error(Current.Start, $"{Current.Describe()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        return new EnumValueDefinitionNode(description, name, ParseDirectives(isConst: true)) { Location = At(start) };
    }

    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = OptionalMany(TokenKind.ParenL, ParseInputValueDefinition, TokenKind.ParenR);
        var repeatable = SkipKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, ParseDirectiveLocation);
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = At(start) };
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        return DirectiveLocations.Contains(name.Value) ? name : throw Unexpected(start);
    }

    private TypeSystemDefinitionNode ParseTypeSystemExtension()
    {
        var start = Current;
        var keyword = _lexer.Lookahead();
        if (keyword.Kind != TokenKind.Name)
        {
            throw Unexpected(keyword);
        }

        ExpectKeyword("extend");
        if (keyword.Value == "schema")
        {
            ExpectKeyword("schema");
            var directives = ParseDirectives(isConst: true);
            var operations = OptionalMany(TokenKind.BraceL, ParseOperationTypeDefinition, TokenKind.BraceR);
            if (directives.Count == 0 && operations.Count == 0)
            {
                throw Unexpected(Current);
            }

            return new SchemaExtensionNode(directives, operations) { Location = At(start) };
        }

        if (keyword.Value is not ("scalar" or "type" or "interface" or "union" or "enum" or "input"))
        {
            throw Unexpected(keyword);
        }

        var definition = ParseTypeDefinition();
        var empty = definition switch
        {
            ScalarTypeDefinitionNode s => s.Directives.Count == 0,
            ObjectTypeDefinitionNode o => o.Interfaces.Count == 0 && o.Directives.Count == 0 && o.Fields.Count == 0,
            InterfaceTypeDefinitionNode i => i.Interfaces.Count == 0 && i.Directives.Count == 0 && i.Fields.Count == 0,
            UnionTypeDefinitionNode u => u.Directives.Count == 0 && u.Types.Count == 0,
            EnumTypeDefinitionNode e => e.Directives.Count == 0 && e.Values.Count == 0,
            InputObjectTypeDefinitionNode n => n.Directives.Count == 0 && n.Fields.Count == 0,
            _ => true,
        };
        if (empty)
        {
            throw Unexpected(Current);
        }

        return new TypeExtensionNode(definition) { Location = At(start) };
    }

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private bool Skip(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {Token.KindText(kind)}, found {token.Describe()}.");
        }

        _lexer.Advance();
        return token;
    }

    private void ExpectKeyword(string value)
    {
        var token = Current;
        if (token.Kind != TokenKind.Name || token.Value != value)
        {
            throw Error(token.Start, $"Expected \"{value}\", found {token.Describe()}.");
        }

        _lexer.Advance();
    }

    private bool SkipKeyword(string value)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != value)
        {
            return false;
        }

        _lexer.Advance();
        return true;
    }

    private List<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(parse());
        }
        while (!Skip(close));

        return items;
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close) =>
        Peek(open) ? Many(open, parse, close) : [];

    private List<T> Any<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        while (!Skip(close))
        {
            items.Add(parse());
        }

        return items;
    }

    private List<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        Skip(delimiter);
        var items = new List<T>();
        do
        {
            items.Add(parse());
        }
        while (Skip(delimiter));

        return items;
    }

    private void Enter()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error(Current.Start, $"Document is nested deeper than {_options.MaxDepth} levels. Parsing aborted.");
        }
    }

    private Location At(Token start) => new(start.Start, _lexer.LastToken.End, start.Line, start.Column);

    private GraphQLSyntaxException Error(int position, string description) => new(description, _lexer.Location(position));

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");
}
