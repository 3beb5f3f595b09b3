namespace SupportGrains.GraphQL.Types;

/// <summary>The type-system validation rules of the specification, run when a schema is built.</summary>
internal static class SchemaValidator
{
    public static List<string> Validate(Schema schema)
    {
        var errors = new List<string>();
        foreach (var type in schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            switch (type)
            {
                case FieldsType fields:
                    ValidateFields(fields, errors);
                    ValidateInterfaces(schema, fields, errors);
                    break;
                case UnionType union:
                    if (union.Types.Count == 0)
                    {
                        errors.Add($"Union type {union.Name} must define one or more member types.");
                    }

                    foreach (var duplicate in union.Types.GroupBy(t => t.Name).Where(g => g.Count() > 1))
                    {
                        errors.Add($"Union type {union.Name} can only include type {duplicate.Key} once.");
                    }

                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                    {
                        errors.Add($"Enum type {enumType.Name} must define one or more values.");
                    }

                    foreach (var value in enumType.Values.Where(v => v.Name is "true" or "false" or "null"))
                    {
                        errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.");
                    }

                    break;
                case InputObjectType input:
                    ValidateInput(input, errors);
                    break;
            }

            CheckName(type.Name, errors);
        }

        foreach (var directive in schema.Directives)
        {
            CheckName(directive.Name, errors);
            foreach (var argument in directive.Arguments)
            {
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    errors.Add($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }

        if (schema.Mutation is not null && ReferenceEquals(schema.Mutation, schema.Query))
        {
            errors.Add("The query and mutation root types must be different types.");
        }

        return errors;
    }

    private static void CheckName(string name, List<string> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.");
        }
    }

    private static void ValidateFields(FieldsType type, List<string> errors)
    {
        if (type.Fields.Count == 0)
        {
            errors.Add($"Type {type.Name} must define one or more fields.");
        }

        foreach (var duplicate in type.Fields.GroupBy(f => f.Name).Where(g => g.Count() > 1))
        {
            errors.Add($"Field \"{type.Name}.{duplicate.Key}\" can only be defined once.");
        }

        foreach (var field in type.Fields)
        {
            CheckName(field.Name, errors);
            if (!field.Type.IsOutputType)
            {
                errors.Add($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.");
            }

            foreach (var argument in field.Arguments)
            {
                CheckName(argument.Name, errors);
                if (!argument.Type.IsInputType)
                {
                    errors.Add($"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.");
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    errors.Add($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.");
                }
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, FieldsType type, List<string> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var face in type.Interfaces)
        {
            if (ReferenceEquals(face, type))
            {
                errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.");
                continue;
            }

            if (!seen.Add(face.Name))
            {
                errors.Add($"Type {type.Name} can only implement {face.Name} once.");
                continue;
            }

            foreach (var transitive in face.Interfaces.Where(t => !type.Interfaces.Contains(t)))
            {
                errors.Add(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {face.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {face.Name}.");
            }

            foreach (var faceField in face.Fields)
            {
                var field = type.Field(faceField.Name);
                if (field is null)
                {
                    errors.Add($"Interface field {face.Name}.{faceField.Name} expected but {type.Name} does not provide it.");
                    continue;
                }

                if (!IsSubType(schema, field.Type, faceField.Type))
                {
                    errors.Add($"Interface field {face.Name}.{faceField.Name} expects type {faceField.Type} but {type.Name}.{field.Name} is type {field.Type}.");
                }

                foreach (var faceArgument in faceField.Arguments)
                {
                    var argument = field.Argument(faceArgument.Name);
                    if (argument is null)
                    {
                        errors.Add($"Interface field argument {face.Name}.{faceField.Name}({faceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.");
                    }
                    else if (argument.Type.ToString() != faceArgument.Type.ToString())
                    {
                        errors.Add($"Interface field argument {face.Name}.{faceField.Name}({faceArgument.Name}:) expects type {faceArgument.Type} but {type.Name}.{field.Name}({faceArgument.Name}:) is type {argument.Type}.");
                    }
                }

                foreach (var argument in field.Arguments.Where(a => a.IsRequired && faceField.Argument(a.Name) is null))
                {
                    errors.Add($"Object field {type.Name}.{field.Name} includes required argument {argument.Name} that is missing from the Interface field {face.Name}.{faceField.Name}.");
                }
            }
        }
    }

    private static void ValidateInput(InputObjectType input, List<string> errors)
    {
        if (input.Fields.Count == 0)
        {
            errors.Add($"Input Object type {input.Name} must define one or more fields.");
        }

        foreach (var field in input.Fields)
        {
            CheckName(field.Name, errors);
            if (!field.Type.IsInputType)
            {
                errors.Add($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.");
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                errors.Add($"Required input field {input.Name}.{field.Name} cannot be deprecated.");
            }

            if (input.IsOneOf && field.Type is NonNullType)
            {
                errors.Add($"OneOf input field {input.Name}.{field.Name} must be nullable.");
            }

            if (input.IsOneOf && field.HasDefaultValue)
            {
                errors.Add($"OneOf input field {input.Name}.{field.Name} cannot have a default value.");
            }
        }

        if (NonNullCycle(input, input, [], new HashSet<InputObjectType>()) is { } path)
        {
            errors.Add($"Cannot reference Input Object \"{input.Name}\" within itself through a series of non-null fields: \"{string.Join(".", path)}\".");
        }
    }

    private static List<string>? NonNullCycle(InputObjectType start, InputObjectType current, List<string> path, HashSet<InputObjectType> visited)
    {
        if (!visited.Add(current))
        {
            return null;
        }

        foreach (var field in current.Fields)
        {
            if (field.Type is NonNullType { OfType: InputObjectType next })
            {
                path.Add(field.Name);
                if (ReferenceEquals(next, start))
                {
                    return path;
                }

                if (NonNullCycle(start, next, path, visited) is { } found)
                {
                    return found;
                }

                path.RemoveAt(path.Count - 1);
            }
        }

        return null;
    }

    private static bool IsSubType(Schema schema, GraphQLType maybeSub, GraphQLType super)
    {
        if (ReferenceEquals(maybeSub, super))
        {
            return true;
        }

        if (super is NonNullType superNonNull)
        {
            return maybeSub is NonNullType subNonNull && IsSubType(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSub is NonNullType nonNull)
        {
            return IsSubType(schema, nonNull.OfType, super);
        }

        if (super is ListType superList)
        {
            return maybeSub is ListType subList && IsSubType(schema, subList.OfType, superList.OfType);
        }

        if (maybeSub is ListType)
        {
            return false;
        }

        return super is InterfaceType or UnionType && maybeSub is NamedType named && schema.IsSubType((NamedType)super, named);
    }
}
