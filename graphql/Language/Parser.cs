using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for executable and type-system documents, following the
/// specification's grammar and graphql-js' messages. Its recursion is bounded by
/// <see cref="ParserOptions.MaxDepth"/> and its input by the token and length limits.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _depth;

    private Parser(string source, ParserOptions options)
    {
        _options = options;
        if (source.Length > options.MaxSourceLength)
        {
            throw new GraphQLSyntaxException(
                $"Source contains more than {options.MaxSourceLength} UTF-16 code units. Parsing aborted.", new Location(0, 0, 1, 1));
        }

        _lexer = new Lexer(source, options.MaxTokens);
    }

    /// <summary>Parses a document; throws <see cref="GraphQLSyntaxException"/> on a syntax error or a broken limit.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = new Parser(source, options ?? ParserOptions.Default);
        return parser.ParseDocument();
    }

    /// <summary>Parses a single value literal (for tests and default values).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options ?? ParserOptions.Default);
        parser.Expect(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options ?? ParserOptions.Default);
        parser.Expect(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.Expect(TokenKind.EndOfFile);
        return type;
    }

    private Token Current => _lexer.Token;

    private DocumentNode ParseDocument()
    {
        var start = Current;
        Expect(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Skip(TokenKind.EndOfFile));

        return new DocumentNode(definitions) { Location = At(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                case "type":
                case "interface":
                case "union":
                case "enum":
                case "input":
                    return ParseTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            return new OperationDefinitionNode(OperationType.Query, null, [], [], ParseSelectionSet()) { Location = At(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, ParseVariableDefinition, TokenKind.ParenR);
        var directives = ParseDirectives(isConst: false);
        return new OperationDefinitionNode(operation, name, variables, directives, ParseSelectionSet(), description) { Location = At(start) };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = Skip(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description) { Location = At(start) };
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName()) { Location = At(start) };
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        Enter();
        var selections = Many(TokenKind.BraceL, ParseSelection, TokenKind.BraceR);
        _depth--;
        return new SelectionSetNode(selections) { Location = At(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (Skip(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = At(start) };
    }

    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        OptionalMany(TokenKind.ParenL, () => ParseArgument(isConst), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ArgumentNode(name, ParseValueLiteral(isConst)) { Location = At(start) };
    }

    private SelectionNode ParseFragment()
    {
        var start = Current;
        Expect(TokenKind.Spread);
        var hasTypeCondition = SkipKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseName();
            return new FragmentSpreadNode(name, ParseDirectives(isConst: false)) { Location = At(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        return new InlineFragmentNode(typeCondition, directives, ParseSelectionSet()) { Location = At(start) };
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        if (Current.Kind == TokenKind.Name && Current.Value == "on")
        {
            throw Unexpected(Current);
        }

        var name = ParseName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        return new FragmentDefinitionNode(name, typeCondition, directives, ParseSelectionSet(), description) { Location = At(start) };
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(token.Value!) { Location = At(token) };
    }

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
            {
                Enter();
                var values = Any(TokenKind.BracketL, () => ParseValueLiteral(isConst), TokenKind.BracketR);
                _depth--;
                return new ListValueNode(values) { Location = At(token) };
            }

            case TokenKind.BraceL:
            {
                Enter();
                var fields = Any(TokenKind.BraceL, () => ParseObjectField(isConst), TokenKind.BraceR);
                _depth--;
                return new ObjectValueNode(fields) { Location = At(token) };
            }

            case TokenKind.Int:
                _lexer.Advance();
                return new IntValueNode(token.Value!) { Location = At(token) };
            case TokenKind.Float:
                _lexer.Advance();
                return new FloatValueNode(token.Value!) { Location = At(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                _lexer.Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = At(token) },
                    "false" => new BooleanValueNode(false) { Location = At(token) },
                    "null" => new NullValueNode { Location = At(token) },
                    _ => new EnumValueNode(token.Value!) { Location = At(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        Expect(TokenKind.Colon);
        return new ObjectFieldNode(name, ParseValueLiteral(isConst)) { Location = At(start) };
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        _lexer.Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = At(token) };
    }

    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Current;
            Expect(TokenKind.At);
            var name = ParseName();
            directives.Add(new DirectiveNode(name, ParseArguments(isConst)) { Location = At(start) });
        }

        return directives;
    }

    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (Skip(TokenKind.BracketL))
        {
            Enter();
            var inner = ParseTypeReference();
            _depth--;
            Expect(TokenKind.BracketR);
            type = new ListTypeNode(inner) { Location = At(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return Skip(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = At(start) } : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        return new NamedTypeNode(ParseName()) { Location = At(start) };
    }
}
