namespace SupportGrains.Api.Tests.Hostile;

/// <summary>
/// Documents shaped to hurt a GraphQL server: nesting far beyond any limit, up to 100,000 aliases,
/// the same field thousands of times (quadratic field merging), fragment cycles and spread
/// explosions, numbers no type can hold, thousands of operations, piles of directives and
/// introspection that recurses. Sizes are drawn from a range that straddles each limit.
/// </summary>
public sealed partial class AdversarialDocuments(Random random, HostileValues values)
{
    private static readonly string[] RepeatedFields =
    [
        "__typename", "me { username }", "organisation(id: \"org-northfield\") { name }", "person(id: \"p-sam\") { name team { id } }",
        "organisations { id }", "me { username roles }",
    ];

    private static readonly string[] NumericArguments =
    [
        "organisation(id: \"org-northfield\") { due(within: {0}) { kind } }",
        "organisation(id: \"org-northfield\") { sizeCheck(adding: {0}) { status } }",
        "growthPlan(organisationId: \"org-northfield\", adding: {0}, by: \"2027-04-01\") { status }",
        "auditTrail(organisationId: \"org-northfield\", first: {0}) { entries { operation } }",
    ];

    private static readonly string[] Numbers =
    [
        "2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400", "1e-400", "0.1", "-0", "1E2", "00", "0x1F", "1_000",
        ".5", "5.", "1e", "--1", "+1", "Infinity", "NaN", "1.7976931348623157e308",
    ];

    /// <summary>A chain of fields (or brackets) nested from a little past the validation limit to far past the parser's.</summary>
    public GeneratedOperation DeepNesting()
    {
        var depth = Pick([14, 15, 16, 30, 127, 128, 129, 1_000, 10_000, 100_000]);
        string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));
        return random.Next(8) switch
        {
            0 => Doc("{ person(id: \"p-sam\") { " + Repeat("team { person { ", depth / 2) + "id" + Repeat(" } }", depth / 2) + " } }"),
            1 => Doc(Repeat("{ a ", depth) + Repeat("}", depth)),
            2 => Doc("{ person(id: " + Repeat("[", depth) + "\"p-sam\"" + Repeat("]", depth) + ") { id } }"),
            3 => Doc("{ person(id: " + Repeat("{ a: ", depth) + "1" + Repeat(" }", depth) + ") { id } }"),
            4 => Doc("query ($v: " + Repeat("[", depth) + "ID" + Repeat("]", depth) + ") { person(id: $v) { id } }"),
            5 => Doc("{ " + Repeat("... { ", depth) + "__typename" + Repeat(" }", depth) + " }"),
            6 => new GeneratedOperation("query ($v: ID!) { person(id: $v) { id } }",
                "{\"v\": " + Repeat("[", depth) + "1" + Repeat("]", depth) + "}", null),
            _ => Doc("{ ...F0 } " + string.Join(' ', Enumerable.Range(0, Math.Min(depth, 3_000)).Select(i =>
                $"fragment F{i} on Query {{ person(id: \"p-sam\") {{ team {{ person {{ id }} }} }} ...F{i + 1} }}")) + $" fragment F{Math.Min(depth, 3_000)} on Query {{ __typename }}"),
        };
    }

    /// <summary>From 31 to 100,000 aliases (the limit is 30; 100,000 is more than the 1 MB body limit).</summary>
    public GeneratedOperation Aliases()
    {
        var count = Pick([31, 100, 1_000, 5_000, 10_000, 50_000, 100_000]);
        var field = Pick(["__typename", "me { username }", "organisation(id: \"org-northfield\") { name }", "organisations { id }"]);
        return Doc("{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }");
    }

    /// <summary>The same response key many times: identical fields, the same field with different arguments, or with different subfields.</summary>
    public GeneratedOperation Overlapping()
    {
        var count = Pick([100, 1_000, 3_000, 7_000, 14_000]);
        switch (random.Next(5))
        {
            case 0:
                return Doc("{ " + string.Join(' ', Enumerable.Repeat(Pick(RepeatedFields), count)) + " }");
            case 1:
                return Doc("{ " + string.Join(' ', Enumerable.Range(0, count / 8).Select(i => $"x: person(id: \"p-{i}\") {{ id }}")) + " }");
            case 2:
                var subsets = new[] { "name", "id", "startedOn", "fundedPosts", "localities", "name id", "id name", "__typename" };
                return Doc("{ " + string.Join(' ', Enumerable.Range(0, count / 6).Select(_ => $"organisation(id: \"org-northfield\") {{ {Pick(subsets)} }}")) + " }");
            case 3:
                var fragments = Math.Min(count / 10, 1_000);
                return Doc("{ " + string.Join(' ', Enumerable.Range(0, fragments).Select(i => $"...F{i}")) + " } "
                    + string.Join(' ', Enumerable.Range(0, fragments).Select(i => $"fragment F{i} on Query {{ me {{ username }} organisations {{ id }} }}")));
            default:
                var inner = string.Join(' ', Enumerable.Repeat("username", count / 20));
                return Doc("{ " + string.Join(' ', Enumerable.Repeat($"me {{ {inner} }}", 20)) + " }");
        }
    }

    /// <summary>Fragment cycles, spread explosions, unknown and misplaced fragments.</summary>
    public GeneratedOperation Fragments()
    {
        switch (random.Next(7))
        {
            case 0:
                return Doc("{ ...A } fragment A on Query { ...A }");
            case 1:
                var length = Pick([2, 10, 100, 1_000]);
                return Doc("{ ...F0 } " + string.Join(' ', Enumerable.Range(0, length).Select(i => $"fragment F{i} on Query {{ __typename ...F{(i + 1) % length} }}")));
            case 2:
                // Each fragment spreads the next twice: 2^levels fields if expanded naively.
                var levels = Pick([10, 30, 60, 200]);
                return Doc("{ ...F0 } " + string.Join(' ', Enumerable.Range(0, levels).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"))
                    + $" fragment F{levels} on Query {{ organisations {{ id }} }}");
            case 3:
                return Doc("{ " + string.Join(' ', Enumerable.Repeat("...F", Pick([100, 5_000, 14_000]))) + " } fragment F on Query { organisations { id name } }");
            case 4:
                return Doc(Pick([
                    "{ ...Missing }", "{ ...F } fragment F on String { length }", "{ ...F } fragment F on NotAType { a }",
                    "{ me { ...F } } fragment F on Person { name }", "{ ...F } fragment F on Query { a } fragment F on Query { b }",
                    "{ ... on Person { name } }", "fragment F on Query { __typename }", "{ __typename } fragment Unused on Query { __typename }",
                ]));
            case 5:
                return Doc("{ __typename } " + string.Join(' ', Enumerable.Range(0, Pick([100, 1_000, 3_000])).Select(i => $"fragment U{i} on Query {{ __typename }}")));
            default:
                var depth = Pick([10, 100, 1_000]);
                return Doc("{ ...F0 } " + string.Join(' ', Enumerable.Range(0, depth).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} }}"))
                    + $" fragment F{depth} on Query {{ ...F0 }}");
        }
    }

    /// <summary>Numbers no GraphQL type holds, in literals and in variables.</summary>
    public GeneratedOperation HugeNumbers()
    {
        var template = Pick(NumericArguments);
        var number = random.Next(6) == 0 ? new string('9', Pick([100, 10_000, 500_000])) : Pick(Numbers);
        if (random.Next(2) == 0)
        {
            return Doc("{ " + template.Replace("{0}", number, StringComparison.Ordinal) + " }");
        }

        var mutation = random.Next(2) == 0;
        return mutation
            ? new GeneratedOperation("mutation ($h: Float!) { setFundedHours(personId: \"p-sam\", hoursPerWeek: $h, clientMutationId: \"hostile-number\") { id } }",
                "{\"h\": " + JsonNumber(number) + "}", null)
            : new GeneratedOperation("query ($n: Int!) { " + template.Replace("{0}", "$n", StringComparison.Ordinal) + " }", "{\"n\": " + JsonNumber(number) + "}", null);
    }

    private static string JsonNumber(string number) => number.All(c => char.IsAsciiDigit(c) || c is '-' or '.' or 'e' or 'E' or '+') ? number : Literal.Json(number);

    private T Pick<T>(IReadOnlyList<T> items) => values.Pick(items);

    private static GeneratedOperation Doc(string document) => new(document, null, null);
}
