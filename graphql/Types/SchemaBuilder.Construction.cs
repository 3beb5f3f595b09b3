using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Language.Ast;

namespace SupportGrains.GraphQL.Types;

/// <summary>Turning SDL documents into types, in the order graphql-js gives them.</summary>
public sealed partial class SchemaBuilder
{
    private sealed class Construction(SchemaBuilder builder, List<DocumentNode> documents)
    {
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly List<NamedType> _definitionOrder = [];
        private readonly Dictionary<string, List<TypeDefinitionNode>> _parts = new(StringComparer.Ordinal);
        private readonly List<DirectiveDefinitionNode> _directiveNodes = [];
        private readonly List<string> _errors = [];
        private SchemaDefinitionNode? _schemaNode;
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];

        public Schema Build(List<string> errors)
        {
            Collect();
            foreach (var type in _definitionOrder)
            {
                Fill(type);
            }

            var directives = BuildDirectives();
            CoerceDefaults(directives);
            var (query, mutation, subscription, description) = RootTypes();
            errors.AddRange(_errors);
            if (query is null)
            {
                errors.Add("Query root type must be provided.");
                query = new ObjectType("Query");
            }

            var ordered = OrderTypes(query, mutation, subscription, directives);
            var schema = new Schema(query, mutation, subscription, ordered, directives, description);
            IntrospectionSchema.Bind(schema);
            BindResolvers(schema, errors);
            return schema;
        }

        private void Collect()
        {
            foreach (var definition in documents.SelectMany(d => d.Definitions))
            {
                switch (definition)
                {
                    case TypeDefinitionNode type:
                        if (_types.ContainsKey(type.Name.Value))
                        {
                            _errors.Add($"There can be only one type named \"{type.Name.Value}\".");
                            continue;
                        }

                        var created = Create(type);
                        _types[created.Name] = created;
                        _definitionOrder.Add(created);
                        _parts[created.Name] = [type];
                        break;
                    case TypeExtensionNode extension:
                        break;
                    case DirectiveDefinitionNode directive:
                        _directiveNodes.Add(directive);
                        break;
                    case SchemaDefinitionNode schema:
                        if (_schemaNode is not null)
                        {
                            _errors.Add("Must provide only one schema definition.");
                        }

                        _schemaNode = schema;
                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                    default:
                        _errors.Add($"{definition.GetType().Name.Replace("Node", "", StringComparison.Ordinal)} is not a type-system definition and cannot be part of a schema.");
                        break;
                }
            }

            foreach (var extension in documents.SelectMany(d => d.Definitions).OfType<TypeExtensionNode>())
            {
                var name = extension.Definition.Name.Value;
                if (_parts.TryGetValue(name, out var parts))
                {
                    parts.Add(extension.Definition);
                }
                else
                {
                    _errors.Add($"Cannot extend type \"{name}\" because it is not defined.");
                }
            }
        }

        private NamedType Create(TypeDefinitionNode node)
        {
            var description = node.Description?.Value;
            NamedType type = node switch
            {
                ScalarTypeDefinitionNode => ScalarFor(node.Name.Value, description),
                ObjectTypeDefinitionNode => new ObjectType(node.Name.Value, description),
                InterfaceTypeDefinitionNode => new InterfaceType(node.Name.Value, description),
                UnionTypeDefinitionNode => new UnionType(node.Name.Value, description),
                EnumTypeDefinitionNode => new EnumType(node.Name.Value, description),
                InputObjectTypeDefinitionNode => new InputObjectType(node.Name.Value, description),
                _ => throw new ArgumentOutOfRangeException(nameof(node)),
            };
            type.Definition = node;
            return type;
        }

        private ScalarType ScalarFor(string name, string? description)
        {
            if (BuiltInScalars.Specified.FirstOrDefault(s => s.Name == name) is { } specified)
            {
                return specified;
            }

            return builder._scalars.TryGetValue(name, out var custom)
                ? custom.With(description, null)
                : BuiltInScalars.PassThrough(name, description);
        }

        private GraphQLType? Reference(TypeNode node, string where)
        {
            switch (node)
            {
                case NonNullTypeNode nonNull:
                    return Reference(nonNull.Type, where) is { } inner ? new NonNullType(inner) : null;
                case ListTypeNode list:
                    return Reference(list.Type, where) is { } item ? new ListType(item) : null;
                case NamedTypeNode named:
                    var name = named.Name.Value;
                    if (_types.TryGetValue(name, out var type))
                    {
                        return type;
                    }

                    if (BuiltInScalars.Specified.FirstOrDefault(s => s.Name == name) is { } specified)
                    {
                        _types[name] = specified;
                        return specified;
                    }

                    _errors.Add($"Unknown type \"{name}\" (used by {where}).");
                    return null;
                default:
                    return null;
            }
        }

        private void Fill(NamedType type)
        {
            var parts = _parts[type.Name];
            type.AppliedDirectives = [.. parts.SelectMany(p => p.Directives)];
            switch (type)
            {
                case ScalarType scalar:
                    if (Directive(parts.SelectMany(p => p.Directives), "specifiedBy") is { } specifiedBy)
                    {
                        scalar.SpecifiedByUrl = (specifiedBy.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value as StringValueNode)?.Value;
                    }

                    break;

                case FieldsType fields:
                    var fieldNodes = parts.SelectMany(p => p switch
                    {
                        ObjectTypeDefinitionNode o => o.Fields,
                        InterfaceTypeDefinitionNode i => i.Fields,
                        _ => [],
                    });
                    fields.SetFields([.. fieldNodes.Select(f => Field(fields.Name, f))]);
                    var interfaceNodes = parts.SelectMany(p => p switch
                    {
                        ObjectTypeDefinitionNode o => o.Interfaces,
                        InterfaceTypeDefinitionNode i => i.Interfaces,
                        _ => [],
                    });
                    fields.Interfaces = [.. interfaceNodes.Select(n => Reference(n, type.Name)).OfType<InterfaceType>()];
                    foreach (var node in interfaceNodes.Where(n => _types.GetValueOrDefault(n.Name.Value) is not InterfaceType and not null))
                    {
                        _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {node.Name.Value}.");
                    }

                    break;

                case UnionType union:
                    var members = parts.OfType<UnionTypeDefinitionNode>().SelectMany(u => u.Types).ToList();
                    foreach (var member in members.Where(m => _types.GetValueOrDefault(m.Name.Value) is not ObjectType and not null))
                    {
                        _errors.Add($"Union type {union.Name} can only include Object types, it cannot include {member.Name.Value}.");
                    }

                    union.Types = [.. members.Select(m => Reference(m, union.Name)).OfType<ObjectType>()];
                    break;

                case EnumType enumType:
                    var clrEnum = builder._boundEnums.GetValueOrDefault(enumType.Name);
                    enumType.SetValues([.. parts.OfType<EnumTypeDefinitionNode>().SelectMany(e => e.Values).Select(v => new EnumValue(v.Name.Value, EnumValueFor(enumType.Name, v.Name.Value, clrEnum))
                    {
                        Description = v.Description?.Value,
                        DeprecationReason = Deprecation(v.Directives),
                    })]);
                    break;

                case InputObjectType input:
                    input.SetFields([.. parts.OfType<InputObjectTypeDefinitionNode>().SelectMany(i => i.Fields).Select(f => Input(input.Name, f))]);
                    input.IsOneOf = Directive(parts.SelectMany(p => p.Directives), "oneOf") is not null;
                    break;
            }
        }

        private object? EnumValueFor(string enumName, string valueName, Type? clrEnum)
        {
            if (clrEnum is null)
            {
                return valueName;
            }

            var wanted = valueName.Replace("_", "", StringComparison.Ordinal);
            var member = Enum.GetNames(clrEnum).FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
            if (member is null)
            {
                _errors.Add($"Enum {enumName} value {valueName} has no member in {clrEnum.Name}.");
                return valueName;
            }

            return Enum.Parse(clrEnum, member);
        }

        private FieldDefinition Field(string owner, FieldDefinitionNode node) =>
            new(node.Name.Value, Reference(node.Type, $"{owner}.{node.Name.Value}") ?? BuiltInScalars.String)
            {
                Description = node.Description?.Value,
                Arguments = [.. node.Arguments.Select(a => Input($"{owner}.{node.Name.Value}", a))],
                DeprecationReason = Deprecation(node.Directives),
                Definition = node,
            };

        private InputValue Input(string owner, InputValueDefinitionNode node) =>
            new(node.Name.Value, Reference(node.Type, $"{owner}({node.Name.Value}:)") ?? BuiltInScalars.String)
            {
                Description = node.Description?.Value,
                DefaultValueLiteral = node.DefaultValue,
                DeprecationReason = Deprecation(node.Directives),
                Definition = node,
            };

        private List<DirectiveDefinition> BuildDirectives()
        {
            var built = _directiveNodes.Select(node => new DirectiveDefinition(node.Name.Value, [.. node.Locations.Select(l => l.Value)])
            {
                Description = node.Description?.Value,
                Arguments = [.. node.Arguments.Select(a => Input("@" + node.Name.Value, a))],
                IsRepeatable = node.Repeatable,
                Definition = node,
            }).ToList();

            // The specified directives come from the introspection document, first; graphql-js lists the
            // schema's own directives first and adds the specified ones it does not redefine.
            var specified = built.Take(IntrospectionSchema.SpecifiedDirectiveCount).ToList();
            var own = built.Skip(IntrospectionSchema.SpecifiedDirectiveCount).ToList();
            return [.. own, .. specified.Where(s => own.All(o => o.Name != s.Name))];
        }

        private void CoerceDefaults(List<DirectiveDefinition> directives)
        {
            var inputs = _types.Values.SelectMany(t => t switch
            {
                FieldsType f => f.Fields.SelectMany(field => field.Arguments),
                InputObjectType i => i.Fields,
                _ => [],
            }).Concat(directives.SelectMany(d => d.Arguments));
            foreach (var input in inputs.Where(i => i.DefaultValueLiteral is not null))
            {
                if (ValueCoercion.TryValueFromAst(input.DefaultValueLiteral, input.Type, null, out var value))
                {
                    input.DefaultValue = value;
                    input.HasDefaultValue = true;
                }
                else
                {
                    _errors.Add($"The default value {Language.Printer.Print(input.DefaultValueLiteral)} of {input.Name} is not a valid {input.Type}.");
                }
            }
        }

        private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription, string? Description) RootTypes()
        {
            var operations = (_schemaNode?.OperationTypes ?? []).Concat(_schemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
            ObjectType? Root(OperationType operation, string defaultName)
            {
                if (_schemaNode is null)
                {
                    return _types.GetValueOrDefault(defaultName) as ObjectType;
                }

                var node = operations.FirstOrDefault(o => o.Operation == operation);
                if (node is null)
                {
                    return null;
                }

                var type = _types.GetValueOrDefault(node.Type.Name.Value);
                if (type is not ObjectType objectType)
                {
                    _errors.Add($"{defaultName} root type must be Object type, it cannot be {node.Type.Name.Value}.");
                    return null;
                }

                return objectType;
            }

            return (Root(OperationType.Query, "Query"), Root(OperationType.Mutation, "Mutation"), Root(OperationType.Subscription, "Subscription"),
                _schemaNode?.Description?.Value);
        }

        /// <summary>graphql-js' order: the SDL's types, each followed by what it references first, then the directives' and introspection's.</summary>
        private List<NamedType> OrderTypes(ObjectType query, ObjectType? mutation, ObjectType? subscription, List<DirectiveDefinition> directives)
        {
            var schemaType = _types["__Schema"];
            var initial = _definitionOrder.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).ToList();

            var ordered = new List<NamedType>(initial);
            foreach (var type in initial)
            {
                ordered.Remove(type);
                Collect(type, ordered);
            }

            Collect(query, ordered);
            if (mutation is not null)
            {
                Collect(mutation, ordered);
            }

            if (subscription is not null)
            {
                Collect(subscription, ordered);
            }

            foreach (var argument in directives.SelectMany(d => d.Arguments))
            {
                Collect(argument.Type.NamedType, ordered);
            }

            Collect(schemaType, ordered);
            return ordered;
        }

        private static void Collect(NamedType type, List<NamedType> set)
        {
            if (set.Contains(type))
            {
                return;
            }

            set.Add(type);
            switch (type)
            {
                case UnionType union:
                    union.Types.ToList().ForEach(t => Collect(t, set));
                    break;
                case FieldsType fields:
                    fields.Interfaces.ToList().ForEach(i => Collect(i, set));
                    foreach (var field in fields.Fields)
                    {
                        Collect(field.Type.NamedType, set);
                        field.Arguments.ToList().ForEach(a => Collect(a.Type.NamedType, set));
                    }

                    break;
                case InputObjectType input:
                    input.Fields.ToList().ForEach(f => Collect(f.Type.NamedType, set));
                    break;
            }
        }

        private void BindResolvers(Schema schema, List<string> errors)
        {
            var bindings = new ClrBindings(builder._boundTypes);
            foreach (var (typeName, _) in builder._boundTypes)
            {
                if (schema.Type(typeName) is not ObjectType)
                {
                    errors.Add($"BindType: \"{typeName}\" is not an object type of the schema.");
                }
            }

            foreach (var ((typeName, fieldName), _) in builder._resolvers.Concat(builder._subscribers.Select(s => KeyValuePair.Create(s.Key, (FieldResolver)null!))))
            {
                if ((schema.Type(typeName) as ObjectType)?.Field(fieldName) is null)
                {
                    errors.Add($"A resolver is bound to {typeName}.{fieldName}, which the schema does not have.");
                }
            }

            foreach (var type in schema.Types.OfType<ObjectType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                var clrType = builder._boundTypes.GetValueOrDefault(type.Name);
                if (clrType is not null)
                {
                    type.IsTypeOf = clrType.IsInstanceOfType;
                }

                var isSubscriptionRoot = ReferenceEquals(type, schema.Subscription);
                foreach (var field in type.Fields)
                {
                    if (builder._subscribers.TryGetValue((type.Name, field.Name), out var subscriber))
                    {
                        field.Subscriber = subscriber;
                    }

                    if (builder._resolvers.TryGetValue((type.Name, field.Name), out var resolver))
                    {
                        field.Resolver = resolver;
                    }
                    else if (clrType is not null && bindings.Getter(clrType, field.Name) is { } getter)
                    {
                        field.Resolver = getter;
                        field.SourceReader = ClrBindings.DirectGetter(clrType, field.Name);
                    }
                    else if (builder._defaultResolvers || (isSubscriptionRoot && field.Subscriber is not null))
                    {
                        field.Resolver = isSubscriptionRoot ? ClrBindings.EventItself : ClrBindings.Default;
                        field.SourceReader = isSubscriptionRoot ? null : ClrBindings.ByNameReader(field.Name);
                    }
                    else
                    {
                        errors.Add(clrType is null
                            ? $"{type.Name}.{field.Name} has no resolver: bind one with Resolve(\"{type.Name}\", \"{field.Name}\", ...) or BindType<T>(\"{type.Name}\")."
                            : $"{type.Name}.{field.Name} has no resolver, and {clrType.Name} (bound to {type.Name}) has no property {field.Name}.");
                    }

                    if (isSubscriptionRoot && field.Subscriber is null && !builder._defaultResolvers)
                    {
                        errors.Add($"Subscription field {field.Name} has no event stream: bind one with Subscribe(\"{type.Name}\", \"{field.Name}\", ...).");
                    }
                }
            }

            foreach (var abstractType in schema.Types.Where(t => t is InterfaceType or UnionType && !t.Name.StartsWith("__", StringComparison.Ordinal)))
            {
                var resolve = builder._typeResolvers.GetValueOrDefault(abstractType.Name) ?? bindings.TypeResolver;
                switch (abstractType)
                {
                    case InterfaceType face:
                        face.ResolveType = resolve;
                        break;
                    case UnionType union:
                        union.ResolveType = resolve;
                        break;
                }
            }
        }

        private static DirectiveNode? Directive(IEnumerable<DirectiveNode> directives, string name) =>
            directives.FirstOrDefault(d => d.Name.Value == name);

        private static string? Deprecation(IReadOnlyList<DirectiveNode> directives)
        {
            var deprecated = Directive(directives, "deprecated");
            if (deprecated is null)
            {
                return null;
            }

            return (deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value as StringValueNode)?.Value ?? "No longer supported";
        }
    }
}
