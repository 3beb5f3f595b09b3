using System.Collections;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Execution;

/// <summary>
/// Input coercion as the specification defines it, with graphql-js' messages: literals
/// (<see cref="TryValueFromAst"/>), JSON values such as variables (<see cref="CoerceInputValue"/>),
/// and arguments (<see cref="CoerceArguments"/>).
/// </summary>
public static class ValueCoercion
{
    /// <summary>Reports one problem of an input value: the path inside the value, the bad part, and why.</summary>
    public delegate void ErrorSink(IReadOnlyList<object> path, object? invalidValue, string message);

    /// <summary>
    /// Coerces a literal to the type. False when the literal is invalid for it (graphql-js returns
    /// undefined); validation has already reported why, so no message is produced here.
    /// </summary>
    public static bool TryValueFromAst(ValueNode? node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (node is null)
        {
            return false;
        }

        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            value = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return node is not NullValueNode && TryValueFromAst(node, nonNull.OfType, variables, out value);
        }

        if (node is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
            {
                if (node is ListValueNode items)
                {
                    var coerced = new object?[items.Values.Count];
                    for (var i = 0; i < coerced.Length; i++)
                    {
                        var item = items.Values[i];
                        if (IsMissingVariable(item, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return false;
                            }

                            continue;
                        }

                        if (!TryValueFromAst(item, list.OfType, variables, out coerced[i]))
                        {
                            return false;
                        }
                    }

                    value = coerced;
                    return true;
                }

                if (!TryValueFromAst(node, list.OfType, variables, out var single))
                {
                    return false;
                }

                value = new[] { single };
                return true;
            }

            case InputObjectType input:
            {
                if (node is not ObjectValueNode objectNode)
                {
                    return false;
                }

                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in input.Fields)
                {
                    var fieldNode = objectNode.Fields.FirstOrDefault(f => f.Name.Value == field.Name);
                    if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue)
                        {
                            coerced[field.Name] = field.DefaultValue;
                        }
                        else if (field.Type is NonNullType)
                        {
                            return false;
                        }

                        continue;
                    }

                    if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out var fieldValue))
                    {
                        return false;
                    }

                    coerced[field.Name] = fieldValue;
                }

                if (input.IsOneOf && (coerced.Count != 1 || coerced.Values.First() is null))
                {
                    return false;
                }

                value = coerced;
                return true;
            }

            case ScalarType scalar:
                try
                {
                    value = scalar.ParseLiteral(node, variables);
                    return true;
                }
                catch (Exception e) when (e is ScalarCoercionException or FormatException or OverflowException or InvalidCastException)
                {
                    return false;
                }

            case EnumType enumType:
                try
                {
                    value = enumType.ParseLiteral(node);
                    return true;
                }
                catch (ScalarCoercionException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    /// <summary>Coerces a JSON-like value (null, bool, string, double, lists, maps) to the type, reporting every problem.</summary>
    public static object? CoerceInputValue(object? input, GraphQLType type, ErrorSink onError, List<object>? path = null)
    {
        path ??= [];
        if (type is NonNullType nonNull)
        {
            if (input is not null)
            {
                return CoerceInputValue(input, nonNull.OfType, onError, path);
            }

            onError([.. path], input, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (input is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (input is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var coerced = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index++);
                        coerced.Add(CoerceInputValue(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                    }

                    return coerced.ToArray();
                }

                return new[] { CoerceInputValue(input, list.OfType, onError, path) };

            case InputObjectType inputObject:
            {
                if (input is not IReadOnlyDictionary<string, object?> map)
                {
                    onError([.. path], input, $"Expected type \"{inputObject.Name}\" to be an object.");
                    return null;
                }

                var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    if (!map.TryGetValue(field.Name, out var fieldValue))
                    {
                        if (field.HasDefaultValue)
                        {
                            coerced[field.Name] = field.DefaultValue;
                        }
                        else if (field.Type is NonNullType)
                        {
                            onError([.. path], input, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                        }

                        continue;
                    }

                    path.Add(field.Name);
                    coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, path);
                    path.RemoveAt(path.Count - 1);
                }

                foreach (var name in map.Keys)
                {
                    if (inputObject.Field(name) is null)
                    {
                        var suggestions = Suggestions.For(name, inputObject.Fields.Select(f => f.Name));
                        onError([.. path], input, $"Field \"{name}\" is not defined by type \"{inputObject.Name}\".{Suggestions.DidYouMean(suggestions)}");
                    }
                }

                if (inputObject.IsOneOf)
                {
                    if (coerced.Count != 1)
                    {
                        onError([.. path], input, $"Exactly one key must be specified for OneOf type \"{inputObject.Name}\".");
                    }

                    if (coerced.Count > 0 && coerced.First() is { Value: null } only)
                    {
                        onError([.. path, only.Key], null, $"Field \"{only.Key}\" must be non-null.");
                    }
                }

                return coerced;
            }

            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(input);
                }
                catch (ScalarCoercionException e)
                {
                    onError([.. path], input, e.Message);
                    return null;
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException)
                {
                    onError([.. path], input, $"Expected type \"{scalar.Name}\". {e.Message}");
                    return null;
                }

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(input);
                }
                catch (ScalarCoercionException e)
                {
                    onError([.. path], input, e.Message);
                    return null;
                }

            default:
                onError([.. path], input, $"Unexpected input type: {type}");
                return null;
        }
    }

    /// <summary>
    /// Coerces the variables of an operation from the request's JSON values. Problems are added to
    /// <paramref name="errors"/> (at most 50); the result is only meaningful when none were.
    /// </summary>
    public static Dictionary<string, object?> CoerceVariableValues(Schema schema, IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs, List<GraphQLError> errors)
    {
        const int MaxErrors = 50;
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = schema.TypeFromAst(definition.Type);
            if (type is null || !type.IsInputType)
            {
                Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Language.Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    [definition.Type]));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    if (TryValueFromAst(definition.DefaultValue, type, null, out var defaultValue))
                    {
                        coerced[name] = defaultValue;
                    }
                }
                else if (type is NonNullType)
                {
                    Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
                }

                continue;
            }

            if (value is null && type is NonNullType)
            {
                Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
                continue;
            }

            coerced[name] = CoerceInputValue(value, type, (path, invalid, message) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalid)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{PrintPath(path)}\"";
                }

                Add(new GraphQLError(prefix + "; " + message, [definition]));
            });
        }

        return coerced;

        void Add(GraphQLError error)
        {
            if (errors.Count >= MaxErrors)
            {
                throw new VariableLimitException();
            }

            errors.Add(error);
        }
    }

    /// <summary>Coerces the arguments of a field or directive; throws <see cref="FieldErrorException"/> for an argument that cannot be coerced.</summary>
    public static IReadOnlyDictionary<string, object?> CoerceArguments(IReadOnlyList<InputValue> definitions, IReadOnlyList<ArgumentNode> arguments,
        SyntaxNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return EmptyArguments;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var type = definition.Type;
            ArgumentNode? argument = null;
            foreach (var candidate in arguments)
            {
                if (candidate.Name.Value == name)
                {
                    argument = candidate;
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.HasDefaultValue)
                {
                    coerced[name] = definition.DefaultValue;
                }
                else if (type is NonNullType)
                {
                    throw new FieldErrorException($"Argument \"{name}\" of required type \"{type}\" was not provided.", node);
                }

                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
                {
                    if (definition.HasDefaultValue)
                    {
                        coerced[name] = definition.DefaultValue;
                    }
                    else if (type is NonNullType)
                    {
                        throw new FieldErrorException(
                            $"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variable.Name.Value}\" which was not provided a runtime value.",
                            valueNode);
                    }

                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && type is NonNullType)
            {
                throw new FieldErrorException($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", valueNode);
            }

            if (!TryValueFromAst(valueNode, type, variables, out var value))
            {
                throw new FieldErrorException($"Argument \"{name}\" has invalid value {Language.Printer.Print(valueNode)}.", valueNode);
            }

            coerced[name] = value;
        }

        return coerced;
    }

    /// <summary>A value as a literal of the type (for printing default values), or null when it has none.</summary>
    public static ValueNode? AstFromValue(object? value, GraphQLType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = AstFromValue(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IReadOnlyDictionary<string, object?>)
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (AstFromValue(item, list.OfType) is { } itemNode)
                        {
                            nodes.Add(itemNode);
                        }
                    }

                    return new ListValueNode(nodes);
                }

                return AstFromValue(value, list.OfType);

            case InputObjectType input:
                if (value is not IReadOnlyDictionary<string, object?> map)
                {
                    return null;
                }

                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (map.TryGetValue(field.Name, out var fieldValue) && AstFromValue(fieldValue, field.Type) is { } fieldNode)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), fieldNode));
                    }
                }

                return new ObjectValueNode(fields);

            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));

            case ScalarType scalar:
            {
                var serialized = scalar.Serialize(value);
                switch (serialized)
                {
                    case bool b:
                        return new BooleanValueNode(b);
                    case string s:
                        if (scalar.Name == "ID" && s.Length > 0 && s.All(char.IsAsciiDigit) && (s == "0" || s[0] != '0'))
                        {
                            return new IntValueNode(s);
                        }

                        return new StringValueNode(s);
                }

                if (BuiltInScalars.TryNumber(serialized, out var number) && double.IsFinite(number))
                {
                    var text = JsNumber.Format(number);
                    return text.All(c => char.IsAsciiDigit(c) || c == '-') ? new IntValueNode(text) : new FloatValueNode(text);
                }

                return null;
            }

            default:
                return null;
        }
    }

    internal static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    internal static string PrintPath(IReadOnlyList<object> path) =>
        string.Concat(path.Select(p => p is int i ? $"[{i}]" : "." + p));

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));
}
