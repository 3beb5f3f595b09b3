using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using SupportGrains.GraphQL.Execution;
using SupportGrains.GraphQL.Values;

namespace SupportGrains.GraphQL.Types;

/// <summary>Resolvers made from .NET types: property getters, the by-name default resolver, and type resolution.</summary>
internal sealed class ClrBindings(IReadOnlyDictionary<string, Type> boundTypes)
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>?> Properties = new();

    /// <summary>graphql-js' default resolver: the parent's entry or property named like the field.</summary>
    public static FieldResolver Default { get; } = context => new ValueTask<object?>(ByName(context.Source, context.Field.Name));

    /// <summary>For subscription root fields: the event is the value.</summary>
    public static FieldResolver EventItself { get; } = context => new ValueTask<object?>(context.Source);

    /// <summary>A resolver reading the property of <paramref name="clrType"/> that matches the field name.</summary>
    public FieldResolver? Getter(Type clrType, string fieldName)
    {
        var getter = PropertyGetter(clrType, fieldName);
        if (getter is null)
        {
            return null;
        }

        return context => context.Source is null ? new ValueTask<object?>((object?)null) : Unwrap(getter(context.Source));
    }

    /// <summary>The direct reader of a bound property, unless the property is a task (which needs awaiting).</summary>
    public static Func<object, object?>? DirectGetter(Type clrType, string fieldName)
    {
        var property = clrType.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return property is null || typeof(Task).IsAssignableFrom(property.PropertyType) || typeof(ValueTask).IsAssignableFrom(property.PropertyType)
            || (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? null
            : PropertyGetter(clrType, fieldName);
    }

    /// <summary>The default resolver as a direct reader for one field, remembering the getter of the last .NET type seen.</summary>
    public static Func<object, object?> ByNameReader(string fieldName) => new NameReader(fieldName).Read;

    private sealed class NameReader(string name)
    {
        // One immutable pair, read once, so concurrent requests never pair a type with another type's getter.
        private Cached? _last;

        public object? Read(object source)
        {
            var type = source.GetType();
            var last = Volatile.Read(ref _last);
            if (last is not null && ReferenceEquals(type, last.Type))
            {
                return last.Getter(source);
            }

            if (source is IReadOnlyDictionary<string, object?> or IDictionary or JsonElement)
            {
                return ByName(source, name);
            }

            var getter = PropertyGetter(type, name);
            if (getter is null)
            {
                return null;
            }

            Volatile.Write(ref _last, new Cached(type, getter));
            return getter(source);
        }

        private sealed record Cached(Type Type, Func<object, object?> Getter);
    }

    /// <summary>Names the object type of a value: a <c>__typename</c> entry, or the GraphQL type bound to its .NET type.</summary>
    public string? TypeResolver(object value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) && name is string typeName:
                return typeName;
            case JsonElement { ValueKind: JsonValueKind.Object } element when element.TryGetProperty("__typename", out var property):
                return property.GetString();
        }

        return _typeNames.GetOrAdd(value.GetType(), static (type, bound) =>
        {
            foreach (var (typeName, clrType) in bound)
            {
                if (clrType == type)
                {
                    return typeName;
                }
            }

            foreach (var (typeName, clrType) in bound)
            {
                if (clrType.IsAssignableFrom(type))
                {
                    return typeName;
                }
            }

            return null;
        }, boundTypes);
    }

    /// <summary>The GraphQL type bound to each .NET type met so far (a value's type decides it).</summary>
    private readonly ConcurrentDictionary<Type, string?> _typeNames = new();

    private static object? ByName(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.GetValueOrDefault(name);
            case IDictionary dictionary:
                return dictionary.Contains(name) ? dictionary[name] : null;
            case JsonElement element:
                return element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var property)
                    ? property.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? property : JsonText.ToValue(property)
                    : null;
            default:
                return PropertyGetter(source.GetType(), name)?.Invoke(source);
        }
    }

    private static ValueTask<object?> Unwrap(object? value) => value switch
    {
        Task task => AwaitTask(task),
        _ => new ValueTask<object?>(value),
    };

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task;
        return task.GetType().GetProperty("Result")?.GetValue(task);
    }

    private static Func<object, object?>? PropertyGetter(Type type, string name) =>
        Properties.GetOrAdd((type, name), static key =>
        {
            var (clrType, fieldName) = key;
            var property = clrType.GetProperty(fieldName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property?.GetMethod is null || property.GetIndexParameters().Length > 0)
            {
                return null;
            }

            var instance = Expression.Parameter(typeof(object), "instance");
            var body = Expression.Convert(Expression.Property(Expression.Convert(instance, clrType), property), typeof(object));
            return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
        });
}
