using System.Globalization;
using System.Text;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>A GraphQL document with its variables (JSON text, or null for none) and the operation to run.</summary>
public sealed record GeneratedOperation(string Document, string? VariablesJson, string? OperationName);

/// <summary>
/// Operations built from the app's own schema, so they reach the resolvers and the grains rather
/// than stopping in the parser: random fields at random depths with aliases, inline fragments and
/// directives, every argument given a plausible or absurd value (<see cref="HostileValues"/>),
/// inline or as a variable — now and then declared with the wrong type, left undeclared or left
/// without a value. Mutations get one to three root fields, so refusals and successes mix.
/// </summary>
public sealed class SchemaOperations(Random random, Schema schema, HostileValues values)
{
    private readonly List<string> _declarations = [];
    private readonly List<string> _variables = [];
    private int _fieldsLeft;

    public GeneratedOperation Query() => Operation("query", schema.Query, random.Next(1, 4));

    public GeneratedOperation Mutation() => Operation("mutation", schema.Mutation!, random.Next(4) == 0 ? random.Next(2, 4) : 1);

    public GeneratedOperation Subscription() => Operation("subscription", schema.Subscription!, 1);

    private GeneratedOperation Operation(string keyword, ObjectType root, int rootFields)
    {
        _declarations.Clear();
        _variables.Clear();
        _fieldsLeft = random.Next(10) == 0 ? 400 : 60;
        var body = new StringBuilder();
        for (var i = 0; i < rootFields; i++)
        {
            var field = root.Fields[random.Next(root.Fields.Count)];
            body.Append(i > 0 ? $" r{i}: " : " ");
            Field(body, field, depth: 1, maxDepth: random.Next(10) == 0 ? 30 : random.Next(2, 7));
        }

        var name = random.Next(3) == 0 ? "Op" + random.Next(100).ToString(CultureInfo.InvariantCulture) : null;
        var header = new StringBuilder(keyword);
        if (name is not null)
        {
            header.Append(' ').Append(name);
        }

        if (_declarations.Count > 0)
        {
            header.Append('(').Append(string.Join(", ", _declarations)).Append(')');
        }

        var variables = _variables.Count == 0 && random.Next(10) != 0 ? null : "{" + string.Join(", ", _variables) + "}";
        var operationName = random.Next(12) == 0 ? "NotThisOne" : name;
        return new GeneratedOperation($"{header} {{{body} }}", variables, operationName);
    }

    private void Field(StringBuilder text, FieldDefinition field, int depth, int maxDepth)
    {
        _fieldsLeft--;
        if (random.Next(15) == 0)
        {
            text.Append('a').Append(random.Next(40).ToString(CultureInfo.InvariantCulture)).Append(": ");
        }

        text.Append(field.Name);
        Arguments(text, field.Arguments);
        if (random.Next(25) == 0)
        {
            text.Append(random.Next(3) switch
            {
                0 => " @include(if: true)",
                1 => " @skip(if: " + values.For(new NonNullType(schema.Type("Boolean")!)).Literal + ")",
                _ => " @deprecated",
            });
        }

        if (field.Type.NamedType is not (ObjectType or InterfaceType or UnionType) || random.Next(30) == 0)
        {
            // A leaf asked for subfields is refused; so is an object asked for none.
            if (random.Next(30) == 0)
            {
                text.Append(" { id }");
            }

            return;
        }

        text.Append(" {");
        Selection(text, field.Type.NamedType, depth + 1, maxDepth);
        text.Append(" }");
    }

    private void Selection(StringBuilder text, NamedType type, int depth, int maxDepth)
    {
        var possible = type is FieldsType fieldsType ? fieldsType.Fields : [];
        if (type is UnionType || possible.Count == 0 || random.Next(8) == 0)
        {
            text.Append(" __typename");
            foreach (var member in schema.PossibleTypes(type).Take(random.Next(1, 4)))
            {
                text.Append(" ... on ").Append(member.Name).Append(" {");
                Selection(text, member, depth, maxDepth);
                text.Append(" }");
            }

            if (possible.Count == 0)
            {
                return;
            }
        }

        var count = random.Next(12) == 0 ? possible.Count : random.Next(1, 5);
        for (var i = 0; i < count && _fieldsLeft > 0; i++)
        {
            var field = possible[random.Next(possible.Count)];
            text.Append(' ');
            if (depth >= maxDepth && field.Type.NamedType is ObjectType or InterfaceType or UnionType)
            {
                text.Append("__typename");
                continue;
            }

            Field(text, field, depth, maxDepth);
        }
    }

    private void Arguments(StringBuilder text, IReadOnlyList<InputValue> arguments)
    {
        var given = new List<string>();
        foreach (var argument in arguments)
        {
            if (random.Next(10) >= (argument.IsRequired ? 9 : 4))
            {
                continue;
            }

            given.Add($"{argument.Name}: {Value(argument)}");
        }

        if (random.Next(40) == 0)
        {
            given.Add("notAnArgument: 1");
        }

        if (given.Count > 0)
        {
            text.Append('(').Append(string.Join(", ", given)).Append(')');
        }
    }

    private string Value(InputValue argument)
    {
        var value = values.For(argument.Type);
        if (random.Next(2) == 0)
        {
            return value.Literal;
        }

        var name = "v" + _declarations.Count.ToString(CultureInfo.InvariantCulture);
        var declared = random.Next(15) == 0 ? "String" : argument.Type.ToString();
        if (random.Next(30) != 0)
        {
            _declarations.Add($"${name}: {declared}");
        }

        if (random.Next(30) != 0)
        {
            _variables.Add($"{Literal.Json(name)}: {value.Json}");
        }

        return "$" + name;
    }
}
