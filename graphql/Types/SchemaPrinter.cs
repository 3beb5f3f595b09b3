using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>Prints a schema as SDL, as graphql-js <c>printSchema</c> does (specified scalars, directives and introspection types left out).</summary>
public static class SchemaPrinter
{
    private static readonly HashSet<string> SpecifiedDirectives = ["include", "skip", "deprecated", "specifiedBy", "oneOf"];

    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !SpecifiedDirectives.Contains(d.Name)).Select(Directive));
        parts.AddRange(schema.Types
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal) && !BuiltInScalars.Specified.Any(s => ReferenceEquals(s, t)))
            .Select(Type));
        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(Schema schema)
    {
        var commonNames = schema.Query.Name == "Query"
            && (schema.Mutation is null || schema.Mutation.Name == "Mutation")
            && (schema.Subscription is null || schema.Subscription.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var operations = new List<string> { $"  query: {schema.Query.Name}" };
        if (schema.Mutation is not null)
        {
            operations.Add($"  mutation: {schema.Mutation.Name}");
        }

        if (schema.Subscription is not null)
        {
            operations.Add($"  subscription: {schema.Subscription.Name}");
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operations) + "\n}";
    }

    private static string Type(NamedType type) => type switch
    {
        ScalarType s => Description(s.Description) + "scalar " + s.Name
            + (s.SpecifiedByUrl is null ? "" : $" @specifiedBy(url: {Printer.PrintString(s.SpecifiedByUrl)})"),
        ObjectType o => Description(o.Description) + "type " + o.Name + Interfaces(o) + Fields(o),
        InterfaceType i => Description(i.Description) + "interface " + i.Name + Interfaces(i) + Fields(i),
        UnionType u => Description(u.Description) + "union " + u.Name + (u.Types.Count > 0 ? " = " + string.Join(" | ", u.Types.Select(t => t.Name)) : ""),
        EnumType e => Description(e.Description) + "enum " + e.Name
            + Block(e.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType n => Description(n.Description) + "input " + n.Name + (n.IsOneOf ? " @oneOf" : "")
            + Block(n.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static string Interfaces(FieldsType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(FieldsType type) =>
        Block(type.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count != 0 ? " {\n" + string.Join("\n", list) + "\n}" : "";
    }

    private static string Arguments(IReadOnlyList<InputValue> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) => Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a)))
            + "\n" + indentation + ")";
    }

    private static string InputValue(InputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && ValueCoercion.AstFromValue(value.DefaultValue, value.Type) is { } literal)
        {
            declaration += " = " + Printer.Print(literal);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Directive(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "") + " on " + string.Join(" | ", directive.Locations);

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        "No longer supported" => " @deprecated",
        _ => $" @deprecated(reason: {Printer.PrintString(reason)})",
    };

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var text = Printer.Print(new StringValueNode(description, BlockString.IsPrintableAsBlockString(description)));
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + text.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
