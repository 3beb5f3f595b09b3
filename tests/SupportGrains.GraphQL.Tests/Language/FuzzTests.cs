using SupportGrains.GraphQL.Language;

namespace SupportGrains.GraphQL.Tests.Language;

/// <summary>Random and adversarial input: the parser either parses or throws a syntax error; never crashes or hangs.</summary>
public sealed class FuzzTests
{
    private const string Alphabet = "{}()[]:!$@.=|&\"\\ \n\t,#abcdeonqueryfragmentmutation0123456789-+eE\u00e9\uD83D\uDE00\u0000\uFFFF";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_characters_never_crash_the_parser(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 3000; i++)
        {
            var length = random.Next(0, 200);
            var source = new string(Enumerable.Range(0, length).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            ParseOrSyntaxError(source);
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Mutated_valid_documents_never_crash_the_parser(int seed)
    {
        const string Valid = "query Q($a: [Int!] = [1]) @d { x: f(a: $a, b: { c: \"\"\"s\"\"\" }) { ...F ... on T { g } } } fragment F on T { h }";
        var random = new Random(seed);
        for (var i = 0; i < 3000; i++)
        {
            var chars = Valid.ToCharArray().ToList();
            for (var edit = 0; edit < random.Next(1, 6); edit++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                        break;
                    default:
                        chars[at] = Alphabet[random.Next(Alphabet.Length)];
                        break;
                }
            }

            ParseOrSyntaxError(new string([.. chars]));
        }
    }

    [Theory]
    [InlineData("[", 100_000)]
    [InlineData("{", 100_000)]
    [InlineData("{a:", 50_000)]
    [InlineData("\"", 100_001)]
    [InlineData("\\u{", 10_000)]
    [InlineData("...", 50_000)]
    public void Adversarial_repetitions_are_refused_or_parsed_never_crash(string unit, int count)
    {
        ParseOrSyntaxError(string.Concat(Enumerable.Repeat(unit, count)));
        ParseOrSyntaxError("{ a(x: \"" + string.Concat(Enumerable.Repeat(unit, count)) + "\") }");
    }

    private static void ParseOrSyntaxError(string source)
    {
        try
        {
            Parser.Parse(source, ParserOptions.Default with { MaxSourceLength = int.MaxValue });
        }
        catch (GraphQLSyntaxException e)
        {
            Assert.StartsWith("Syntax Error: ", e.Message);
        }
    }
}
