using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Silo.Persistence;

namespace SupportGrains.Silo.Runtime;

/// <summary>
/// A grain class as one runtime knows it: its stable type name, how it interleaves, its idle age,
/// how to construct it, and the directory of its live activations.
/// </summary>
public sealed class GrainClass
{
    private readonly Func<object?[], object> _construct;
    private readonly Func<Activation, object?>[] _arguments;

    internal GrainClass(GrainRuntime runtime, Type classType, GrainKeyKind keyKind)
    {
        Runtime = runtime;
        ClassType = classType;
        KeyKind = keyKind;
        TypeName = classType.GetCustomAttribute<GrainTypeAttribute>(inherit: false)?.Name ?? classType.FullName!;
        IsReentrant = classType.GetCustomAttribute<ReentrantAttribute>(inherit: true) is not null;
        CollectionAge = classType.GetCustomAttribute<CollectionAgeLimitAttribute>(inherit: true)?.Age
            ?? runtime.Options.CollectionAge;
        (_construct, _arguments) = BuildConstructor(classType);
    }

    /// <summary>The stable name used in storage keys and reminders.</summary>
    public string TypeName { get; }

    /// <summary>The grain class.</summary>
    public Type ClassType { get; }

    /// <summary>The kind of key the grain's interfaces use.</summary>
    public GrainKeyKind KeyKind { get; }

    /// <summary>Whether the class is marked [Reentrant].</summary>
    public bool IsReentrant { get; }

    /// <summary>How long an activation may stay idle before it is collected.</summary>
    public TimeSpan CollectionAge { get; }

    internal GrainRuntime Runtime { get; }

    internal ConcurrentDictionary<GrainKey, Activation> Directory { get; } = new();

    internal Activation GetOrAddActivation(GrainKey key)
    {
        if (Directory.TryGetValue(key, out var existing))
        {
            return existing;
        }

        var created = new Activation(this, key);
        return Directory.GetOrAdd(key, created);
    }

    internal bool RemoveActivation(Activation activation) =>
        Directory.TryRemove(new KeyValuePair<GrainKey, Activation>(activation.Key, activation));

    internal Grain CreateInstance(Activation activation)
    {
        var values = new object?[_arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _arguments[i](activation);
        }

        return (Grain)_construct(values);
    }

    public override string ToString() => TypeName;

    private (Func<object?[], object>, Func<Activation, object?>[]) BuildConstructor(Type classType)
    {
        var constructor = classType.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"Grain class {classType} has no public constructor.");

        var parameters = constructor.GetParameters();
        var arguments = new Func<Activation, object?>[parameters.Length];
        var array = Expression.Parameter(typeof(object?[]), "arguments");
        var converted = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = ArgumentSource(classType, parameters[i]);
            converted[i] = Expression.Convert(Expression.ArrayIndex(array, Expression.Constant(i)), parameters[i].ParameterType);
        }

        var construct = Expression.Lambda<Func<object?[], object>>(Expression.New(constructor, converted), array).Compile();
        return (construct, arguments);
    }

    private Func<Activation, object?> ArgumentSource(Type classType, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var persistent = parameter.GetCustomAttribute<PersistentStateAttribute>();
        if (persistent is not null)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException(
                    $"{classType.Name}({parameter.Name}): [PersistentState] goes on a parameter of type IPersistentState<TState>.");
            }

            var storage = Runtime.Services.GetKeyedService<Storage.IGrainStorage>(persistent.StorageName)
                ?? throw new InvalidOperationException(
                    $"{classType.Name}({parameter.Name}) needs the storage provider \"{persistent.StorageName}\", and none is registered.");
            var stateType = type.GetGenericArguments()[0];
            var create = PersistentStateFactory.For(stateType);
            return activation => create(activation, storage, persistent.StateName);
        }

        return activation =>
        {
            var service = Runtime.Services.GetService(type);
            if (service is not null)
            {
                return service;
            }

            if (parameter.HasDefaultValue)
            {
                return parameter.DefaultValue;
            }

            throw new InvalidOperationException(
                $"Cannot activate {classType.Name}: no service of type {type.Name} for constructor parameter {parameter.Name}.");
        };
    }
}
