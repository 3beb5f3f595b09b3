using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>
/// Builds a schema SDL-first: the types come from SDL, and resolvers are bound to fields by name
/// at start-up. <see cref="Build"/> checks the result: a field of an object type with no resolver,
/// a binding to a field that does not exist, or a type-system rule broken are start-up errors.
/// </summary>
/// <example>
/// <code>
/// var schema = SchemaBuilder.FromSdl("type Query { person(id: ID!): Person } type Person { id: ID! name: String! }")
///     .Resolve("Query", "person", ctx => people.Find(ctx.Argument&lt;string&gt;("id")))
///     .BindType&lt;Person&gt;("Person")
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    private readonly List<string> _sdl = [];
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<(string Type, string Field), SubscriptionResolver> _subscribers = [];
    private readonly Dictionary<string, Type> _boundTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _boundEnums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalars = new(StringComparer.Ordinal)
    {
        [BuiltInScalars.Date.Name] = BuiltInScalars.Date,
        [BuiltInScalars.DateTime.Name] = BuiltInScalars.DateTime,
    };

    private bool _defaultResolvers;
    private bool _introspection = true;

    /// <summary>Starts a schema from SDL.</summary>
    public static SchemaBuilder FromSdl(string sdl) => new SchemaBuilder().AddSdl(sdl);

    /// <summary>Adds more SDL (types, extensions, directives).</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sdl);
        _sdl.Add(sdl);
        return this;
    }

    /// <summary>Binds a resolver to <c>type.field</c>.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver to <c>type.field</c>.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(typeName, fieldName, context => new ValueTask<object?>(resolver(context)));
    }

    /// <summary>Binds an asynchronous resolver returning <typeparamref name="TResult"/> to <c>type.field</c>.</summary>
    public SchemaBuilder ResolveAsync<TResult>(string typeName, string fieldName, Func<ResolveContext, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return ResolveValueAsync(typeName, fieldName, context => new ValueTask<TResult>(resolver(context)));
    }

    /// <summary>As <see cref="ResolveAsync{TResult}"/>, for a resolver that answers with a value task (one that is mostly done at once allocates nothing).</summary>
    public SchemaBuilder ResolveValueAsync<TResult>(string typeName, string fieldName, Func<ResolveContext, ValueTask<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(typeName, fieldName, context =>
        {
            // One finished already (a cached load, an access decision) is completed without an async state machine.
            var pending = resolver(context);
            return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Await(pending);
        });

        static async ValueTask<object?> Await(ValueTask<TResult> pending) => await pending;
    }

    /// <summary>Binds the event stream of a subscription field.</summary>
    public SchemaBuilder Subscribe(string typeName, string fieldName, SubscriptionResolver subscriber)
    {
        ArgumentNullException.ThrowIfNull(subscriber);
        _subscribers[(typeName, fieldName)] = subscriber;
        return this;
    }

    /// <summary>
    /// Resolves the fields of <paramref name="typeName"/> that have no explicit resolver from the
    /// public properties of <typeparamref name="TClr"/> (field <c>startedOn</c> ↔ property <c>StartedOn</c>),
    /// and names <paramref name="typeName"/> as the GraphQL type of its instances.
    /// </summary>
    public SchemaBuilder BindType<TClr>(string typeName)
    {
        _boundTypes[typeName] = typeof(TClr);
        return this;
    }

    /// <summary>Makes the enum type's values the members of <typeparamref name="TEnum"/> (MATCHED ↔ Matched, ON_LEAVE ↔ OnLeave).</summary>
    public SchemaBuilder BindEnum<TEnum>(string typeName)
        where TEnum : struct, Enum
    {
        _boundEnums[typeName] = typeof(TEnum);
        return this;
    }

    /// <summary>Names the object type of values returned for an interface or union.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Supplies the implementation of a custom scalar declared in the SDL.</summary>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>
    /// Resolves fields without a resolver by name from the parent value (a dictionary entry, a JSON
    /// property or a public property), as graphql-js does, and abstract types by a <c>__typename</c> entry.
    /// </summary>
    public SchemaBuilder UseDefaultResolvers()
    {
        _defaultResolvers = true;
        return this;
    }

    /// <summary>Stops answering <c>__schema</c> and <c>__type</c> (the SDL stays available to the host).</summary>
    public SchemaBuilder DisableIntrospection()
    {
        _introspection = false;
        return this;
    }

    /// <summary>Builds and validates the schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Build()
    {
        var documents = new List<DocumentNode> { IntrospectionSchema.Document };
        var errors = new List<string>();
        foreach (var sdl in _sdl)
        {
            try
            {
                documents.Add(Parser.Parse(sdl, ParserOptions.Trusted));
            }
            catch (GraphQLSyntaxException e)
            {
                errors.Add($"{e.Message} ({e.Location.Line}:{e.Location.Column})");
            }
        }

        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        var schema = new Construction(this, documents).Build(errors);
        errors.AddRange(SchemaValidator.Validate(schema));
        if (errors.Count > 0)
        {
            throw new SchemaValidationException(errors);
        }

        schema.IntrospectionEnabled = _introspection;
        return schema;
    }
}
