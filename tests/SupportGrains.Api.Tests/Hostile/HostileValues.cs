using System.Globalization;
using SupportGrains.GraphQL.Types;

namespace SupportGrains.Api.Tests.Hostile;

/// <summary>A value written both as a GraphQL literal (inline in a document) and as JSON (a variable).</summary>
public readonly record struct InputText(string Literal, string Json);

/// <summary>
/// Input values for any input type of the schema: half of them plausible (the sample
/// organisation's ids, days near today, hours in range), half absurd (empty and huge strings,
/// control characters and lone surrogates, ids of nothing, overflowing numbers, days out of range
/// or not days at all, unknown enum values, the wrong type altogether).
/// </summary>
public sealed class HostileValues(Random random)
{
    private static readonly string[] SampleIds =
    [
        "org-northfield", "p-sam", "p-northfield-001", "p-northfield-007", "p-northfield-018",
        "s-northfield-000", "s-northfield-002", "s-northfield-013", "s-northfield-040", "s-northfield-078",
        "m1-p-sam", "m3-p-sam", "m8-p-sam", "m2-p-northfield-005", "m9-p-northfield-007",
    ];

    private static readonly string[] AbsurdIds =
    [
        "", " ", "p-", "m0-p-sam", "m999999999999999999999-p-sam", "m1-", "-", "m-1-p-sam", "m1-p-nobody", "org-",
        "../../etc/passwd", "'; DROP TABLE storage; --", "p-sam\u0000", "\ud800", "\udfff\ud800", "🙂", "P-SAM", "org-northfield ",
        "%00", "${jndi:ldap://example.org/a}", "m1-m1-m1-p-sam", "s-northfield-000\n",
    ];

    private static readonly string[] Texts =
    [
        "Sam", "A note", "Team leader", "", " ", "\t\n", "\u0000", "\u0000\u0001\u001f", "🙂🙂🙂", "\u202eevil", "e\u0301",
        "<script>alert(1)</script>", "%s%n%x%d", "${jndi:ldap://example.org/a}", "\ud800", "\udc00", "\udfff\ud800",
        "Robert'); DROP TABLE audit_entries;--", "\\", "\"", "null", "undefined", "NaN", "\uFEFF", "\uFFFF",
    ];

    private static readonly string[] Days =
    [
        "2026-11-24", "2026-11-23", "2026-12-01", "2024-02-01", "2023-01-10", "1900-01-01", "2100-12-31",
        "1899-12-31", "2101-01-01", "0001-01-01", "9999-12-31", "2026-02-29", "2024-02-29", "2026-02-30", "2026-13-01",
        "2026-00-10", "24/11/2026", "2026-11-24T10:00:00Z", "", "today", "+002026-11-24", "2026-1-1", "20261124",
        "-2026-11-24", "2026-11-24\u0000", "99999-01-01",
    ];

    private static readonly string[] Instants =
    [
        "2026-11-24T10:00:00Z", "2026-11-24T10:00:00+01:00", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z",
        "2026-11-24T25:00:00Z", "2026-11-24", "", "now", "1970-01-01T00:00:00Z", "2026-11-24T10:00:00.123456789012Z",
    ];

    private static readonly string[] Times =
    [
        "09:00", "07:30", "14:00", "22:00", "23:59", "00:00", "24:00", "25:61", "9:00", "-1:00", "12:00:00.5", "12", "", "noon",
        "07:00:00", "23:59:60",
    ];

    private static readonly string[] Ints =
    [
        "0", "1", "-1", "2", "7", "30", "100", "3660", "3661", "2147483647", "-2147483648", "2147483648", "-2147483649",
        "99999999999999999999999", "1.5", "1e3", "007", "-0",
    ];

    private static readonly string[] Floats =
    [
        "0", "-0.0", "0.5", "10", "37.5", "168", "168.0001", "336", "337", "-1", "-0.0001", "1e308", "1.7976931348623157e308",
        "1e309", "-1e400", "1e-400", "4.9e-324", "123456789012345678901234567890.5", "2147483648", "1E2",
    ];

    /// <summary>A value for an input of this type.</summary>
    public InputText For(GraphQLType type, int depth = 0)
    {
        // Now and then the wrong thing entirely: null where null is not allowed, a scalar for a list, a list for a scalar.
        switch (random.Next(40))
        {
            case 0:
                return new InputText("null", "null");
            case 1:
                return Text(Pick(Texts));
            case 2:
                return new InputText("[1, \"two\", null]", "[1, \"two\", null]");
            case 3:
                return new InputText("{ x: 1 }", "{\"x\": 1}");
        }

        return type switch
        {
            NonNullType nonNull => For(nonNull.OfType, depth),
            ListType list => List(list.OfType, depth),
            InputObjectType input => depth > 4 ? new InputText("{}", "{}") : Object(input, depth),
            EnumType enumType => Enum(enumType),
            ScalarType scalar => Scalar(scalar.Name),
            _ => new InputText("null", "null"),
        };
    }

    /// <summary>A string of these characters, from empty to far beyond any limit.</summary>
    public string Huge()
    {
        var length = Pick([0, 199, 200, 201, 3999, 4000, 4001, 10_000, 100_000, 500_000]);
        var unit = Pick(["a", "é", "🙂", " ", "\u0000", "\\", "\"", "e\u0301", "\ud800"]);
        return string.Concat(Enumerable.Repeat(unit, Math.Max(1, length / unit.Length)));
    }

    /// <summary>One of the sample organisation's ids or an id of nothing.</summary>
    public string Id() => random.Next(3) == 0 ? Pick(AbsurdIds) : Pick(SampleIds);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private InputText Scalar(string name) => name switch
    {
        "ID" => Text(random.Next(12) == 0 ? Huge() : Id()),
        "String" => Text(random.Next(6) == 0 ? Huge() : random.Next(3) == 0 ? Id() : Pick(Texts)),
        "Int" => Number(Pick(Ints)),
        "Float" => Number(Pick(Floats)),
        "Boolean" => random.Next(10) == 0 ? Text("true") : random.Next(2) == 0 ? new InputText("true", "true") : new InputText("false", "false"),
        "Date" => random.Next(15) == 0 ? Number("20261124") : Text(Pick(Days)),
        "DateTime" => Text(Pick(Instants)),
        "Time" => random.Next(15) == 0 ? Number("900") : Text(Pick(Times)),
        _ => Text(Pick(Texts)),
    };

    private InputText Enum(EnumType type)
    {
        var value = random.Next(6) switch
        {
            0 => "NOT_A_VALUE",
            1 => type.Values[random.Next(type.Values.Count)].Name.ToLowerInvariant(),
            _ => type.Values[random.Next(type.Values.Count)].Name,
        };

        // A string where an enum is written bare is an error in a literal, and exactly right in JSON.
        return random.Next(8) == 0 ? Text(value) : new InputText(value, Literal.Json(value));
    }

    private InputText List(GraphQLType item, int depth)
    {
        var count = random.Next(20) switch
        {
            0 => 0,
            1 => random.Next(1_000, 20_000),
            2 => -1,
            _ => random.Next(1, 4),
        };
        if (count < 0)
        {
            // One value where a list is expected: GraphQL coerces it to a list of one.
            return For(item, depth + 1);
        }

        var values = new List<InputText>(count);

        // A long list repeats one short value, so it is long in items rather than in bytes.
        var first = For(item, depth + 1);
        if (first.Json.Length > 40)
        {
            first = Text("x");
        }

        for (var i = 0; i < count; i++)
        {
            values.Add(i < 4 ? For(item, depth + 1) : first);
        }

        return new InputText(
            "[" + string.Join(", ", values.Select(v => v.Literal)) + "]",
            "[" + string.Join(",", values.Select(v => v.Json)) + "]");
    }

    private InputText Object(InputObjectType type, int depth)
    {
        var literal = new List<string>();
        var json = new List<string>();
        foreach (var field in type.Fields)
        {
            if (random.Next(10) < (field.IsRequired ? 9 : 5))
            {
                var value = field.Name == "clientMutationId" ? Text(ClientMutationId()) : For(field.Type, depth + 1);
                literal.Add($"{field.Name}: {value.Literal}");
                json.Add($"{Literal.Json(field.Name)}: {value.Json}");
                if (random.Next(40) == 0)
                {
                    // The same field twice: refused in a literal; in JSON the last one wins.
                    literal.Add($"{field.Name}: {value.Literal}");
                    json.Add($"{Literal.Json(field.Name)}: {value.Json}");
                }
            }
        }

        if (random.Next(20) == 0)
        {
            literal.Add("notAField: 1");
            json.Add("\"notAField\": 1");
        }

        return new InputText("{ " + string.Join(", ", literal) + " }", "{" + string.Join(", ", json) + "}");
    }

    // A few keys again and again, so a change is now and then sent twice with the same key.
    private string ClientMutationId() => random.Next(10) switch
    {
        0 => Huge(),
        1 => "",
        _ => "hostile-" + random.Next(30).ToString(CultureInfo.InvariantCulture),
    };

    private static InputText Text(string value) => new(Literal.GraphQL(value), Literal.Json(value));

    private static InputText Number(string value) => new(value, JsonNumber(value));

    // JSON has no leading zeros, "-0" and "1E2" are fine, and "007" is not JSON: sent as text the server refuses.
    private static string JsonNumber(string value) => value.StartsWith("00", StringComparison.Ordinal) ? Literal.Json(value) : value;
}
