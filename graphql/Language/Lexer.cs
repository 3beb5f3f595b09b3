using System.Text;

namespace SupportGrains.GraphQL.Language;

/// <summary>
/// Turns GraphQL source into tokens, one at a time, as the parser asks for them: a huge document
/// is never tokenised beyond the token limit. Behaviour and messages follow graphql-js.
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private readonly int _maxTokens;
    private int _line = 1;
    private int _lineStart;
    private int _tokenCount;

    public Lexer(string source, int maxTokens = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(source);
        _body = source;
        _maxTokens = maxTokens;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 0, 0, null);
        LastToken = Token;
    }

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>The token before the current one.</summary>
    public Token LastToken { get; private set; }

    /// <summary>The source being read.</summary>
    public string Source => _body;

    /// <summary>Moves to the next significant token (comments are skipped).</summary>
    public Token Advance()
    {
        LastToken = Token;
        Token = NextSignificant();
        if (Token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw new GraphQLSyntaxException($"Document contains more that {_maxTokens} tokens. Parsing aborted.", Location(Token.Start));
        }

        return Token;
    }

    /// <summary>The next significant token, without moving to it.</summary>
    public Token Lookahead()
    {
        var (line, lineStart) = (_line, _lineStart);
        var next = NextSignificant();
        (_line, _lineStart) = (line, lineStart);
        return next;
    }

    /// <summary>The location of a source offset, with line and column.</summary>
    public Location Location(int position)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < position && i < _body.Length; i++)
        {
            var c = _body[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= _body.Length || _body[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new Location(position, position, line, position - lineStart + 1);
    }

    private Token NextSignificant()
    {
        var token = Token;
        if (token.Kind == TokenKind.EndOfFile)
        {
            return token;
        }

        do
        {
            token = ReadNextToken(token.End);
        }
        while (token.Kind == TokenKind.Comment);
        return token;
    }

    private Token ReadNextToken(int start)
    {
        var body = _body;
        var length = body.Length;
        var position = start;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Make(TokenKind.Bang, position, position + 1);
                case '$':
                    return Make(TokenKind.Dollar, position, position + 1);
                case '&':
                    return Make(TokenKind.Amp, position, position + 1);
                case '(':
                    return Make(TokenKind.ParenL, position, position + 1);
                case ')':
                    return Make(TokenKind.ParenR, position, position + 1);
                case '.':
                    if (position + 2 < length && body[position + 1] == '.' && body[position + 2] == '.')
                    {
                        return Make(TokenKind.Spread, position, position + 3);
                    }

                    break;
                case ':':
                    return Make(TokenKind.Colon, position, position + 1);
                case '=':
                    return Make(TokenKind.Equals, position, position + 1);
                case '@':
                    return Make(TokenKind.At, position, position + 1);
                case '[':
                    return Make(TokenKind.BracketL, position, position + 1);
                case ']':
                    return Make(TokenKind.BracketR, position, position + 1);
                case '{':
                    return Make(TokenKind.BraceL, position, position + 1);
                case '|':
                    return Make(TokenKind.Pipe, position, position + 1);
                case '}':
                    return Make(TokenKind.BraceR, position, position + 1);
                case '"':
                    return position + 2 < length && body[position + 1] == '"' && body[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(position, code == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsScalarAt(position)
                    ? $"Unexpected character: {PrintCodePointAt(position)}."
                    : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        return Make(TokenKind.EndOfFile, length, length);
    }

    private Token Make(TokenKind kind, int start, int end, string? value = null) =>
        new(kind, start, end, _line, start - _lineStart + 1, value);

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var code = _body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (IsScalarAt(position))
            {
                position += char.IsHighSurrogate(code) ? 2 : 1;
            }
            else
            {
                break;
            }
        }

        return Make(TokenKind.Comment, start, position, _body[(start + 1)..position]);
    }

    private Token ReadNumber(int start, char first)
    {
        var body = _body;
        var position = start;
        var code = first;
        var isFloat = false;
        if (code == '-')
        {
            code = At(++position);
        }

        if (code == '0')
        {
            code = At(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = At(++position);
            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code is 'E' or 'e')
        {
            isFloat = true;
            code = At(++position);
            if (code is '+' or '-')
            {
                code = At(++position);
            }

            position = ReadDigits(position, code);
            code = At(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, body[start..position]);
    }

    private int ReadDigits(int start, char first)
    {
        if (!IsDigit(first))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(At(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var text = value is null ? body[chunkStart..position] : value.Append(body, chunkStart, position - chunkStart).ToString();
                return Make(TokenKind.String, start, position + 1, text);
            }

            if (code == '\\')
            {
                value ??= new StringBuilder();
                value.Append(body, chunkStart, position - chunkStart);
                var (escaped, size) = At(position + 1) == 'u'
                    ? At(position + 2) == '{' ? ReadUnicodeVariableWidth(position) : ReadUnicodeFixedWidth(position)
                    : ReadEscapedCharacter(position);
                value.Append(escaped);
                position += size;
                chunkStart = position;
                continue;
            }

            if (code is '\n' or '\r')
            {
                break;
            }

            if (IsScalarAt(position))
            {
                position += char.IsHighSurrogate(code) ? 2 : 1;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private (string Value, int Size) ReadUnicodeVariableWidth(int position)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = At(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                return (char.ConvertFromUtf32(point), size);
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    private (string Value, int Size) ReadUnicodeFixedWidth(int position)
    {
        var code = Read16BitHex(position + 2);
        if (IsScalarValue(code))
        {
            return (char.ConvertFromUtf32(code), 6);
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                return (new string([(char)code, (char)trailing]), 12);
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int Read16BitHex(int position) =>
        (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8) | (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    private (string Value, int Size) ReadEscapedCharacter(int position) => At(position + 1) switch
    {
        '"' => ("\"", 2),
        '\\' => ("\\", 2),
        '/' => ("/", 2),
        'b' => ("\b", 2),
        'f' => ("\f", 2),
        'n' => ("\n", 2),
        'r' => ("\r", 2),
        't' => ("\t", 2),
        _ => throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\"."),
    };

    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lineStart = _lineStart;
        var line = _line;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                var token = Make(TokenKind.BlockString, start, position + 3, string.Join('\n', BlockString.DedentLines(lines)));
                _line = line + lines.Count - 1;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (code is '\n' or '\r')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                lines.Add(currentLine.ToString());
                currentLine.Clear();
                position += code == '\r' && At(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            if (IsScalarAt(position))
            {
                position += char.IsHighSurrogate(code) ? 2 : 1;
            }
            else
            {
                throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
            }
        }

        throw Error(position, "Unterminated string.");
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }

        return Make(TokenKind.Name, start, position, _body[start..position]);
    }

    private char At(int position) => position < _body.Length ? _body[position] : '\0';

    private bool AtEnd(int position) => position >= _body.Length;

    private string Slice(int start, int end) => _body[Math.Min(start, _body.Length)..Math.Min(end, _body.Length)];

    private bool IsScalarAt(int position)
    {
        var code = _body[position];
        if (char.IsHighSurrogate(code))
        {
            return position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]);
        }

        return !char.IsLowSurrogate(code);
    }

    private string PrintCodePointAt(int position)
    {
        if (AtEnd(position))
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (char.IsHighSurrogate((char)code) && position + 1 < _body.Length && char.IsLowSurrogate(_body[position + 1]))
        {
            code = char.ConvertToUtf32(_body[position], _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private GraphQLSyntaxException Error(int position, string description) => new(description, Location(position));

    private static bool IsScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private static int HexValue(char code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    internal static bool IsDigit(char code) => code is >= '0' and <= '9';

    internal static bool IsNameStart(char code) => code is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '_';

    internal static bool IsNameContinue(char code) => IsNameStart(code) || IsDigit(code);
}
