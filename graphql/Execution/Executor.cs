using System.Collections;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SupportGrains.GraphQL.Language.Ast;
using SupportGrains.GraphQL.Types;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Execution;

/// <summary>
/// Executes one operation. Synchronous resolvers complete in one pass with no awaiting at all;
/// fields whose resolvers return pending tasks are completed as they finish, one at a time on
/// the executor's own loop (so the result tree needs no locks). When nothing can progress,
/// pending batch loads are dispatched: a level of N items resolving the same kind of thing makes
/// one batched call.
/// </summary>
internal sealed partial class Executor(OperationContext context)
{
    private ResultMap? _data;
    private bool _dataNulled;
    private int _outstanding;

    public async ValueTask<ExecutionResult> ExecuteAsync()
    {
        var rootType = context.Schema.RootType(context.Operation.Operation);
        if (rootType is null)
        {
            return ExecutionResult.RequestError(new GraphQLError(
                $"Schema is not configured to execute {Language.Printer.OperationName(context.Operation.Operation)} operation.", [context.Operation]));
        }

        var fields = FieldGroups.Collect(context, rootType, [context.Operation.SelectionSet]);
        _data = new ResultMap(fields);
        if (context.Operation.Operation == OperationType.Mutation)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                ExecuteField(rootType, context.RootValue, fields.Fields(i), _data, i);
                await DrainAsync();
            }
        }
        else
        {
            ExecuteFields(rootType, context.RootValue, fields, _data);
            await DrainAsync();
        }

        return new ExecutionResult(_dataNulled ? null : _data, context.Errors);
    }

    /// <summary>Executes the fields of one object into its result map (spec: ExecuteSelectionSet).</summary>
    private void ExecuteFields(ObjectType type, object? source, FieldGroups fields, ResultMap map)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            ExecuteField(type, source, fields.Fields(i), map, i);
        }
    }

    private void ExecuteField(ObjectType parentType, object? source, FieldNodeList fieldNodes, ResultMap map, int index)
    {
        var field = fieldNodes.Field(context.Schema, parentType);
        if (field is null)
        {
            map.MarkAbsent(index);
            return;
        }

        if (ReferenceEquals(field, context.Schema.TypeNameField))
        {
            // __typename: the object type being completed, known without resolving anything.
            map.Set(index, parentType.Name);
            return;
        }

        if (field.SourceReader is { } read && field.Arguments.Count == 0)
        {
            // A field read from its parent alone: no resolve context, no task.
            object? value;
            try
            {
                value = source is null ? null : read(source);
            }
            catch (Exception e)
            {
                FieldFailed(e, field.Type, fieldNodes, map, index);
                return;
            }

            // A leaf value is written straight away.
            var leafType = field.Type is NonNullType nonNull ? nonNull.OfType : field.Type;
            if (value is not null && leafType is ScalarType or EnumType && TrySerializeLeaf(leafType, value, map, index))
            {
                return;
            }

            Complete(field.Type, parentType, fieldNodes, value, map, index);
            return;
        }

        ValueTask<object?> resolving;
        try
        {
            var arguments = fieldNodes.Arguments(field, context.Variables);
            var resolve = field.Resolver ?? ClrBindings.Default;
            resolving = resolve(new ResolveContext(context, source, field, parentType, fieldNodes, arguments, map, index));
        }
        catch (Exception e)
        {
            FieldFailed(e, field.Type, fieldNodes, map, index);
            return;
        }

        if (resolving.IsCompletedSuccessfully)
        {
            Complete(field.Type, parentType, fieldNodes, resolving.Result, map, index);
            return;
        }

        DeferField(resolving, field.Type, parentType, fieldNodes, map, index);
    }

    // Its own method, so the closure is made only for a field that waits (made at the start of ExecuteField, it cost every field an allocation).
    private void DeferField(ValueTask<object?> resolving, GraphQLType type, ObjectType parentType, FieldNodeList fieldNodes, ResultMap map, int index) =>
        Defer(resolving, completed =>
        {
            if (completed.Error is { } error)
            {
                FieldFailed(error, type, fieldNodes, map, index);
            }
            else
            {
                Complete(type, parentType, fieldNodes, completed.Value, map, index);
            }
        });

    /// <summary>Writes a leaf value without making its path; false when it must go the long way (to report an error).</summary>
    private static bool TrySerializeLeaf(GraphQLType leafType, object value, ResultNode container, int index)
    {
        try
        {
            container.Set(index, leafType is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)leafType).Serialize(value));
            return true;
        }
        catch (Exception)
        {
            // Completed again the long way, which reports the error with the value's path.
            return false;
        }
    }

    /// <summary>
    /// Completes a value into slot <paramref name="index"/> of <paramref name="container"/> (spec:
    /// CompleteValue). <paramref name="slotType"/> is the slot's type: when it is non-null, an error
    /// here nulls the container instead.
    /// </summary>
    private void Complete(GraphQLType slotType, ObjectType parentType, List<FieldNode> fieldNodes, object? value, ResultNode container, int index)
    {
        if (container.IsNulled)
        {
            return;
        }

        try
        {
            var type = slotType;
            var nonNull = false;
            if (type is NonNullType nonNullType)
            {
                if (value is null)
                {
                    throw new FieldErrorException($"Cannot return null for non-nullable field {parentType.Name}.{fieldNodes[0].Name.Value}.", fieldNodes[0]);
                }

                type = nonNullType.OfType;
                nonNull = true;
            }

            if (value is null)
            {
                container.Set(index, null);
                return;
            }

            switch (type)
            {
                case ListType list:
                    CompleteList(list, parentType, fieldNodes, value, container, index, nonNull);
                    return;
                case ScalarType scalar:
                    container.Set(index, scalar.Serialize(value));
                    return;
                case EnumType enumType:
                    container.Set(index, enumType.Serialize(value));
                    return;
                case ObjectType objectType:
                    CompleteObject(objectType, fieldNodes, value, container, index, nonNull);
                    return;
                default:
                    CompleteObject(ResolveRuntimeType((NamedType)type, parentType, fieldNodes, value), fieldNodes, value, container, index, nonNull);
                    return;
            }
        }
        catch (Exception e)
        {
            FieldFailed(e, slotType, fieldNodes, container, index);
        }
    }

    private void CompleteList(ListType list, ObjectType parentType, List<FieldNode> fieldNodes, object value, ResultNode container, int index, bool nonNullSlot)
    {
        if (value is string or IReadOnlyDictionary<string, object?> || value is not IEnumerable items)
        {
            throw new FieldErrorException($"Expected Iterable, but did not find one for field \"{parentType.Name}.{fieldNodes[0].Name.Value}\".", fieldNodes[0]);
        }

        var buffer = items as IList ?? items.Cast<object?>().ToList();
        var result = new ResultList(buffer.Count)
        {
            Parent = container,
            IndexInParent = index,
            NonNullInParent = nonNullSlot,
        };
        container.Set(index, result);
        var itemType = list.OfType is NonNullType nonNullItem ? nonNullItem.OfType : list.OfType;
        var leafItems = itemType is ScalarType or EnumType;
        for (var i = 0; i < buffer.Count; i++)
        {
            var item = buffer[i];
            if (leafItems && item is not null and not Task && TrySerializeLeaf(itemType, item, result, i))
            {
                continue;
            }

            if (item is Task task)
            {
                DeferItem(task, list.OfType, parentType, fieldNodes, result, i);
                continue;
            }

            Complete(list.OfType, parentType, fieldNodes, item, result, i);
        }
    }

    // Its own method for the same reason as DeferField: a list of plain items makes no closure.
    private void DeferItem(Task task, GraphQLType itemType, ObjectType parentType, List<FieldNode> fieldNodes, ResultList result, int slot) =>
        Defer(AwaitItem(task), completed =>
        {
            if (completed.Error is { } error)
            {
                FieldFailed(error, itemType, fieldNodes, result, slot);
            }
            else
            {
                Complete(itemType, parentType, fieldNodes, completed.Value, result, slot);
            }
        });

    private void CompleteObject(ObjectType type, List<FieldNode> fieldNodes, object value, ResultNode container, int index, bool nonNullSlot)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new FieldErrorException($"Expected value of type \"{type.Name}\" but got: {Inspect.Value(value)}.", fieldNodes[0]);
        }

        var subfields = ((FieldNodeList)fieldNodes).Subfields(context, type);

        var map = new ResultMap(subfields)
        {
            Parent = container,
            IndexInParent = index,
            NonNullInParent = nonNullSlot,
        };
        container.Set(index, map);
        ExecuteFields(type, value, subfields, map);
    }

    private ObjectType ResolveRuntimeType(NamedType abstractType, ObjectType parentType, List<FieldNode> fieldNodes, object value)
    {
        var resolve = abstractType switch
        {
            InterfaceType face => face.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };
        var runtimeName = resolve?.Invoke(value)
            ?? context.Schema.PossibleTypes(abstractType).FirstOrDefault(t => t.IsTypeOf?.Invoke(value) == true)?.Name;
        if (runtimeName is null)
        {
            var fieldName = $"{parentType.Name}.{fieldNodes[0].Name.Value}";
            throw new FieldErrorException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{fieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                fieldNodes[0]);
        }

        var runtimeType = context.Schema.Type(runtimeName);
        return runtimeType switch
        {
            null => throw new FieldErrorException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeName}\" that does not exist inside the schema.", fieldNodes[0]),
            ObjectType objectType when context.Schema.IsSubType(abstractType, objectType) => objectType,
            ObjectType objectType => throw new FieldErrorException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".", fieldNodes[0]),
            _ => throw new FieldErrorException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeName}\".", fieldNodes[0]),
        };
    }

    /// <summary>Records a field error and puts null in the nearest place that may hold it.</summary>
    private void FieldFailed(Exception exception, GraphQLType slotType, List<FieldNode> fieldNodes, ResultNode container, int index)
    {
        context.Errors.Add(ToError(exception, fieldNodes, ResponsePath.At(container, index)));
        if (slotType is NonNullType)
        {
            NullUpwards(container);
        }
        else
        {
            container.Set(index, null);
        }
    }

    private void NullUpwards(ResultNode node)
    {
        while (true)
        {
            if (node.IsNulled)
            {
                return;
            }

            node.IsNulled = true;
            if (node.Parent is null)
            {
                _dataNulled = true;
                return;
            }

            if (!node.NonNullInParent)
            {
                node.Parent.Set(node.IndexInParent, null);
                return;
            }

            node = node.Parent;
        }
    }

    private GraphQLError ToError(Exception exception, List<FieldNode> fieldNodes, ResponsePath path)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        if (context.Options.TranslateException?.Invoke(exception) is { } translated)
        {
            exception = translated;
        }

        return exception switch
        {
            FieldErrorException e => new GraphQLError(e.Message, [e.Node], path),
            ScalarCoercionException e => new GraphQLError(e.Message, fieldNodes, path),
            GraphQLException e => new GraphQLError(e.Message, fieldNodes, path, WithCode(e)),
            OperationCanceledException when context.CancellationToken.IsCancellationRequested =>
                new GraphQLError("The request was cancelled before this field was resolved.", fieldNodes, path, new Dictionary<string, object?> { ["code"] = "CANCELLED" }),
            _ => Unexpected(exception, fieldNodes, path),
        };
    }

    private GraphQLError Unexpected(Exception exception, List<FieldNode> fieldNodes, ResponsePath path)
    {
        if (!context.Options.MaskUnexpectedErrors)
        {
            return new GraphQLError(exception.Message, fieldNodes, path);
        }

        var traceId = Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        context.Logger?.LogError(exception, "Resolver of {Path} failed (trace {TraceId})", path, traceId);
        return new GraphQLError("Unexpected execution error", fieldNodes, path,
            new Dictionary<string, object?> { ["code"] = "INTERNAL_SERVER_ERROR", ["traceId"] = traceId });
    }

    private static Dictionary<string, object?> WithCode(GraphQLException exception)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = exception.Code };
        foreach (var (key, value) in exception.Extensions ?? new Dictionary<string, object?>())
        {
            extensions.TryAdd(key, value);
        }

        return extensions;
    }
}
