using System.Text;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Language;

/// <summary>Prints a syntax tree back to GraphQL text, formatted as graphql-js <c>print</c> does.</summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>The node as GraphQL text.</summary>
    public static string Print(SyntaxNode? node)
    {
        return node switch
        {
            null => "",
            NameNode n => n.Value,
            VariableNode v => "$" + v.Name.Value,
            DocumentNode d => Join(d.Definitions.Select(Print), "\n\n"),
            OperationDefinitionNode o => Operation(o),
            VariableDefinitionNode v => Join([Wrap("", Description(v.Description), "\n"), Print(v.Variable), ": ", Print(v.Type),
                Wrap(" = ", Print(v.DefaultValue)), Wrap(" ", Join(v.Directives.Select(Print), " "))]),
            SelectionSetNode s => Block(s.Selections.Select(Print)),
            FieldNode f => Field(f),
            ArgumentNode a => a.Name.Value + ": " + Print(a.Value),
            FragmentSpreadNode s => "..." + s.Name.Value + Wrap(" ", Join(s.Directives.Select(Print), " ")),
            InlineFragmentNode i => Join(["...", Wrap("on ", Print(i.TypeCondition)), Join(i.Directives.Select(Print), " "), Print(i.SelectionSet)], " "),
            FragmentDefinitionNode f => Join([Wrap("", Description(f.Description), "\n"), "fragment ", f.Name!.Value, " on ", Print(f.TypeCondition), " ",
                Wrap("", Join(f.Directives.Select(Print), " "), " "), Print(f.SelectionSet)]),
            IntValueNode i => i.Value,
            FloatValueNode f => f.Value,
            StringValueNode s => s.Block ? BlockString.Print(s.Value) : PrintString(s.Value),
            BooleanValueNode b => b.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode e => e.Value,
            ListValueNode l => "[" + Join(l.Values.Select(Print), ", ") + "]",
            ObjectValueNode o => "{" + Join(o.Fields.Select(Print), ", ") + "}",
            ObjectFieldNode f => f.Name.Value + ": " + Print(f.Value),
            DirectiveNode d => "@" + d.Name.Value + Wrap("(", Join(d.Arguments.Select(Print), ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode l => "[" + Print(l.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            SchemaDefinitionNode s => Join([Wrap("", Description(s.Description), "\n"),
                Join(["schema", Join(s.Directives.Select(Print), " "), Block(s.OperationTypes.Select(Print))], " ")]),
            OperationTypeDefinitionNode o => OperationName(o.Operation) + ": " + Print(o.Type),
            TypeDefinitionNode t => TypeDefinition(t, ""),
            FieldDefinitionNode f => Join([Wrap("", Description(f.Description), "\n"), f.Name.Value, Arguments(f.Arguments), ": ", Print(f.Type),
                Wrap(" ", Join(f.Directives.Select(Print), " "))]),
            InputValueDefinitionNode v => Join([Wrap("", Description(v.Description), "\n"), v.Name.Value, ": ", Print(v.Type),
                Wrap(" = ", Print(v.DefaultValue)), Wrap(" ", Join(v.Directives.Select(Print), " "))]),
            EnumValueDefinitionNode e => Join([Wrap("", Description(e.Description), "\n"), Join([e.Name.Value, Join(e.Directives.Select(Print), " ")], " ")]),
            DirectiveDefinitionNode d => Join([Wrap("", Description(d.Description), "\n"), "directive @", d.Name.Value, Arguments(d.Arguments),
                d.Repeatable ? " repeatable" : "", " on ", Join(d.Locations.Select(Print), " | ")]),
            SchemaExtensionNode s => Join(["extend schema", Join(s.Directives.Select(Print), " "), Block(s.OperationTypes.Select(Print))], " "),
            TypeExtensionNode e => TypeDefinition(e.Definition, "extend "),
            _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown syntax node."),
        };
    }

    /// <summary>A string literal with the escapes graphql-js uses.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static string Description(StringValueNode? description) => description is null ? "" : Print(description);

    private static string Operation(OperationDefinitionNode node)
    {
        var variables = node.VariableDefinitions.Select(Print).ToList();
        var varDefs = variables.Any(v => v.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var operation = OperationName(node.Operation);
        var prefix = Join([
            Wrap("", Description(node.Description), "\n"),
            Join([operation, Join([Print(node.Name), varDefs]), Join(node.Directives.Select(Print), " ")], " "),
        ]);
        return (node.Operation == OperationType.Query && prefix.Length == operation.Length ? "" : prefix + " ") + Print(node.SelectionSet);
    }

    private static string Field(FieldNode node)
    {
        var prefix = Wrap("", Print(node.Alias), ": ") + node.Name.Value;
        var arguments = node.Arguments.Select(Print).ToList();
        string line;
        if (arguments.Count == 0)
        {
            line = prefix;
        }
        else
        {
            var joinedLength = arguments.Where(a => a.Length > 0).Sum(a => a.Length) + (2 * Math.Max(0, arguments.Count(a => a.Length > 0) - 1));
            line = prefix + (prefix.Length + joinedLength + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : Wrap("(", Join(arguments, ", "), ")"));
        }

        return Join([line, Wrap(" ", Join(node.Directives.Select(Print), " ")), Wrap(" ", Print(node.SelectionSet))]);
    }

    private static string Arguments(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string TypeDefinition(TypeDefinitionNode node, string extend)
    {
        var description = extend.Length == 0 ? Wrap("", Description(node.Description), "\n") : "";
        var directives = Join(node.Directives.Select(Print), " ");
        var body = node switch
        {
            ScalarTypeDefinitionNode s => Join([extend + "scalar", s.Name.Value, directives], " "),
            ObjectTypeDefinitionNode o => Join([extend + "type", o.Name.Value, Wrap("implements ", Join(o.Interfaces.Select(Print), " & ")), directives,
                Block(o.Fields.Select(Print))], " "),
            InterfaceTypeDefinitionNode i => Join([extend + "interface", i.Name.Value, Wrap("implements ", Join(i.Interfaces.Select(Print), " & ")), directives,
                Block(i.Fields.Select(Print))], " "),
            UnionTypeDefinitionNode u => Join([extend + "union", u.Name.Value, directives, Wrap("= ", Join(u.Types.Select(Print), " | "))], " "),
            EnumTypeDefinitionNode e => Join([extend + "enum", e.Name.Value, directives, Block(e.Values.Select(Print))], " "),
            InputObjectTypeDefinitionNode n => Join([extend + "input", n.Name.Value, directives, Block(n.Fields.Select(Print))], " "),
            _ => throw new ArgumentOutOfRangeException(nameof(node)),
        };
        return description + body;
    }

    internal static string Join(IEnumerable<string> items, string separator = "") =>
        string.Join(separator, items.Where(i => i.Length > 0));

    internal static string Wrap(string start, string value, string end = "") => value.Length == 0 ? "" : start + value + end;

    internal static string Indent(string value) => value.Length == 0 ? "" : "  " + value.Replace("\n", "\n  ", StringComparison.Ordinal);

    internal static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");
}
