using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>
/// The introspection system: its types come from <c>introspection.graphql</c> (embedded), and
/// their resolvers read the schema's own type objects.
/// </summary>
internal static class IntrospectionSchema
{
    /// <summary>The five directives of the specification, defined first in the introspection document.</summary>
    public const int SpecifiedDirectiveCount = 5;

    public static DocumentNode Document { get; } = Load();

    public static void Bind(Schema schema)
    {
        var schemaType = (ObjectType)schema.Type("__Schema")!;
        var typeType = (ObjectType)schema.Type("__Type")!;
        schema.SchemaField = new FieldDefinition("__schema", new NonNullType(schemaType))
        {
            Description = "Access the current type schema of this server.",
            Resolver = context => new ValueTask<object?>(context.Schema),
        };
        var nameArgument = new InputValue("name", new NonNullType(schema.Type("String")!));
        schema.TypeField = new FieldDefinition("__type", typeType)
        {
            Description = "Request the type information of a single type.",
            Arguments = [nameArgument],
            Resolver = context => new ValueTask<object?>(context.Schema.Type(context.Argument<string>("name")!)),
        };
        schema.TypeNameField.Resolver = context => new ValueTask<object?>(context.ParentType.Name);

        On(schemaType, "description", (Schema s) => s.Description);
        On(schemaType, "types", (Schema s) => s.Types.ToList());
        On(schemaType, "queryType", (Schema s) => s.Query);
        On(schemaType, "mutationType", (Schema s) => s.Mutation);
        On(schemaType, "subscriptionType", (Schema s) => s.Subscription);
        On(schemaType, "directives", (Schema s, ResolveContext c) => s.Directives.Where(d => IncludeDeprecated(c) || d.DeprecationReason is null).ToList());

        On(typeType, "kind", (GraphQLType t) => Kind(t));
        On(typeType, "name", (GraphQLType t) => (t as NamedType)?.Name);
        On(typeType, "description", (GraphQLType t) => (t as NamedType)?.Description);
        On(typeType, "specifiedByURL", (GraphQLType t) => (t as ScalarType)?.SpecifiedByUrl);
        On(typeType, "fields", (GraphQLType t, ResolveContext c) => (t as FieldsType)?.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList());
        On(typeType, "interfaces", (GraphQLType t) => (t as FieldsType)?.Interfaces);
        On(typeType, "possibleTypes", (GraphQLType t, ResolveContext c) => t is InterfaceType or UnionType ? c.Schema.PossibleTypes((NamedType)t) : null);
        On(typeType, "enumValues", (GraphQLType t, ResolveContext c) => (t as EnumType)?.Values.Where(v => IncludeDeprecated(c) || v.DeprecationReason is null).ToList());
        On(typeType, "inputFields", (GraphQLType t, ResolveContext c) => (t as InputObjectType)?.Fields.Where(f => IncludeDeprecated(c) || f.DeprecationReason is null).ToList());
        On(typeType, "ofType", (GraphQLType t) => t switch
        {
            ListType l => l.OfType,
            NonNullType n => n.OfType,
            _ => null,
        });
        On(typeType, "isOneOf", (GraphQLType t) => t is InputObjectType i ? i.IsOneOf : null);

        var fieldType = (ObjectType)schema.Type("__Field")!;
        On(fieldType, "name", (FieldDefinition f) => f.Name);
        On(fieldType, "description", (FieldDefinition f) => f.Description);
        On(fieldType, "args", (FieldDefinition f, ResolveContext c) => f.Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList());
        On(fieldType, "type", (FieldDefinition f) => f.Type);
        On(fieldType, "isDeprecated", (FieldDefinition f) => f.DeprecationReason is not null);
        On(fieldType, "deprecationReason", (FieldDefinition f) => f.DeprecationReason);

        var inputType = (ObjectType)schema.Type("__InputValue")!;
        On(inputType, "name", (InputValue v) => v.Name);
        On(inputType, "description", (InputValue v) => v.Description);
        On(inputType, "type", (InputValue v) => v.Type);
        On(inputType, "defaultValue", (InputValue v) =>
            v.HasDefaultValue && ValueCoercion.AstFromValue(v.DefaultValue, v.Type) is { } literal ? Printer.Print(literal) : null);
        On(inputType, "isDeprecated", (InputValue v) => v.DeprecationReason is not null);
        On(inputType, "deprecationReason", (InputValue v) => v.DeprecationReason);

        var enumValueType = (ObjectType)schema.Type("__EnumValue")!;
        On(enumValueType, "name", (EnumValue v) => v.Name);
        On(enumValueType, "description", (EnumValue v) => v.Description);
        On(enumValueType, "isDeprecated", (EnumValue v) => v.DeprecationReason is not null);
        On(enumValueType, "deprecationReason", (EnumValue v) => v.DeprecationReason);

        var directiveType = (ObjectType)schema.Type("__Directive")!;
        On(directiveType, "name", (DirectiveDefinition d) => d.Name);
        On(directiveType, "description", (DirectiveDefinition d) => d.Description);
        On(directiveType, "isRepeatable", (DirectiveDefinition d) => d.IsRepeatable);
        On(directiveType, "locations", (DirectiveDefinition d) => d.Locations);
        On(directiveType, "args", (DirectiveDefinition d, ResolveContext c) => d.Arguments.Where(a => IncludeDeprecated(c) || a.DeprecationReason is null).ToList());
        On(directiveType, "isDeprecated", (DirectiveDefinition d) => d.DeprecationReason is not null);
        On(directiveType, "deprecationReason", (DirectiveDefinition d) => d.DeprecationReason);
    }

    private static bool IncludeDeprecated(ResolveContext context) => context.Argument<bool>("includeDeprecated");

    private static void On<TSource>(ObjectType type, string fieldName, Func<TSource, ResolveContext, object?> read)
    {
        var field = type.Field(fieldName) ?? throw new InvalidOperationException($"{type.Name} has no field {fieldName}.");
        field.Resolver = context => new ValueTask<object?>(read((TSource)context.Source!, context));
    }

    /// <summary>A field read from its parent alone (no arguments): the executor calls the reader directly.</summary>
    private static void On<TSource>(ObjectType type, string fieldName, Func<TSource, object?> read)
    {
        var field = type.Field(fieldName) ?? throw new InvalidOperationException($"{type.Name} has no field {fieldName}.");
        field.Resolver = context => new ValueTask<object?>(read((TSource)context.Source!));
        field.SourceReader = source => read((TSource)source);
    }

    private static string Kind(GraphQLType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListType => "LIST",
        _ => "NON_NULL",
    };

    private static DocumentNode Load()
    {
        using var stream = typeof(IntrospectionSchema).Assembly.GetManifestResourceStream("introspection.graphql")
            ?? throw new InvalidOperationException("The introspection schema is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parser.Parse(reader.ReadToEnd(), ParserOptions.Trusted);
    }
}
