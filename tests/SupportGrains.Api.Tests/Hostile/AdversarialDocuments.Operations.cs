using System.Globalization;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>Many operations, piles of directives, and introspection that recurses.</summary>
public sealed partial class AdversarialDocuments
{
    private const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        """;

    /// <summary>Thousands of operations in one document, chosen by name, by a wrong name, or not at all.</summary>
    public GeneratedOperation ManyOperations()
    {
        var count = Pick([2, 100, 1_000, 3_000]);
        var kind = random.Next(4);
        var names = Enumerable.Range(0, count).Select(i => kind == 3 ? "Same" : "Q" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var document = string.Join(' ', names.Select((name, i) => kind switch
        {
            0 => "{ __typename }",
            1 when i % 2 == 0 => $"mutation {name} {{ __typename }}",
            _ => $"query {name} {{ __typename }}",
        }));
        var operationName = random.Next(4) switch
        {
            0 => null,
            1 => "NotThere",
            2 => new string('Q', Pick([1_000, 100_000])),
            _ => names[^1],
        };
        return new GeneratedOperation(document, null, operationName);
    }

    /// <summary>Directives by the thousand, unknown, repeated, misplaced, or given arguments of the wrong type.</summary>
    public GeneratedOperation Directives()
    {
        var count = Pick([11, 100, 1_000, 3_000]);
        return Doc(random.Next(7) switch
        {
            0 => "{ __typename " + string.Join(' ', Enumerable.Repeat("@skip(if: false)", count)) + " }",
            1 => "{ __typename " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"@d{i}")) + " }",
            2 => Pick([
                "{ __typename @skip }", "{ __typename @include(if: \"yes\") }", "{ __typename @include(if: null) }",
                "{ __typename @deprecated }", "query @skip(if: true) { __typename }", "{ __typename @specifiedBy(url: \"x\") }",
                "query ($v: Int @include(if: true)) { __typename }", "{ ...F @skip(if: true) } fragment F on Query @include(if: true) { __typename }",
                "{ __typename @include(if: true, if: false) }", "{ __typename @skip(if: $undefined) }",
            ]),
            3 => "query ($b: Boolean!) { " + string.Join(' ', Enumerable.Range(0, count / 4).Select(i => $"a{i}: __typename @include(if: $b)")) + " }",
            4 => "{ __typename @include(if: true) @skip(if: false) @include(if: false) }",
            5 => "{ organisations @include(if: " + new string('t', Pick([10, 100_000])) + ") { id } }",
            _ => "{ " + string.Join(' ', Enumerable.Range(0, count / 5).Select(_ => "... @include(if: true) { __typename }")) + " }",
        });
    }

    /// <summary>Introspection: the whole schema, type references nested past the limit, type lookups by absurd names.</summary>
    public GeneratedOperation Introspection()
    {
        static string Nest(string open, string end, string close, int depth) =>
            string.Concat(Enumerable.Repeat(open, depth)) + end + string.Concat(Enumerable.Repeat(close, depth));
        return random.Next(7) switch
        {
            0 => new GeneratedOperation(FullIntrospection, null, random.Next(2) == 0 ? "IntrospectionQuery" : null),
            1 => Doc("{ __schema { types { " + Nest("fields { type { ", "name", " } }", Pick([2, 3, 5, 10])) + " } } }"),
            2 => Doc("{ __type(name: \"Person\") { " + Nest("ofType { ", "name", " }", Pick([5, 10, 100, 1_000])) + " } }"),
            3 => Doc("{ __type(name: " + Literal.GraphQL(random.Next(2) == 0 ? values.Huge() : values.Id()) + ") { name kind } }"),
            4 => Doc("{ " + string.Join(' ', Enumerable.Range(0, Pick([2, 30, 31, 300])).Select(i => $"s{i}: __schema {{ types {{ name fields {{ name }} }} }}")) + " }"),
            5 => Doc("{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"),
            _ => Doc(Pick([
                "mutation { __typename }", "subscription { __typename }", "{ __schema { __typename } }", "{ __type { name } }",
                "{ __type(name: null) { name } }", "{ __schema { types { name } } __type(name: \"Query\") { name } }",
                "{ __typename(arg: 1) }", "{ __schema { directives { name args { name defaultValue } } } }",
            ])),
        };
    }
}
