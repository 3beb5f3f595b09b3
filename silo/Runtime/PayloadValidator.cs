using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SupportGrains.Silo.Runtime;

/// <summary>
/// Enforces isolation: grains never share mutable objects. Arguments and results of grain
/// interface methods must be immutable, so they can be passed by reference without copying.
/// Checked once per interface, when the first reference to it is made.
/// </summary>
internal static class PayloadValidator
{
    private static readonly ConcurrentDictionary<Type, string?> Verdicts = new();

    private static readonly HashSet<Type> Plain =
    [
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly),
        typeof(TimeOnly), typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(CancellationToken),
        typeof(Half), typeof(Int128), typeof(UInt128), typeof(Version), typeof(GrainKey), typeof(VoidResult),
    ];

    private static readonly HashSet<Type> ImmutableCollections =
    [
        typeof(ImmutableArray<>), typeof(ImmutableList<>), typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>),
        typeof(ImmutableDictionary<,>), typeof(ImmutableSortedDictionary<,>), typeof(ImmutableQueue<>), typeof(ImmutableStack<>),
        typeof(Nullable<>), typeof(KeyValuePair<,>),
    ];

    /// <summary>Throws <see cref="GrainContractException"/> naming the first mutable payload of the interface.</summary>
    public static void Validate(Type grainInterface)
    {
        foreach (var method in grainInterface.GetMethods().Concat(grainInterface.GetInterfaces().SelectMany(i => i.GetMethods())))
        {
            foreach (var parameter in method.GetParameters())
            {
                if (Why(parameter.ParameterType) is { } why)
                {
                    throw new GrainContractException(
                        $"{grainInterface.Name}.{method.Name}: parameter '{parameter.Name}' of type {Describe(parameter.ParameterType)} is not immutable ({why}). " +
                        "Grains never share mutable objects: use records with init-only members and System.Collections.Immutable collections.");
                }
            }

            var result = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : typeof(VoidResult);
            if (Why(result) is { } resultWhy)
            {
                throw new GrainContractException(
                    $"{grainInterface.Name}.{method.Name}: its result of type {Describe(result)} is not immutable ({resultWhy}). " +
                    "Grains never share mutable objects: use records with init-only members and System.Collections.Immutable collections.");
            }
        }
    }

    private static string? Why(Type type) => Verdicts.GetOrAdd(type, static t => Examine(t, []));

    private static string? Examine(Type type, HashSet<Type> visiting)
    {
        if (type.IsPrimitive || type.IsEnum || Plain.Contains(type) || typeof(IGrain).IsAssignableFrom(type)
            || type.GetCustomAttribute<ImmutableAttribute>() is not null)
        {
            return null;
        }

        if (type.IsArray)
        {
            return "arrays can be changed in place";
        }

        if (type.IsGenericType && ImmutableCollections.Contains(type.GetGenericTypeDefinition()))
        {
            return type.GetGenericArguments().Select(a => Examine(a, visiting)).FirstOrDefault(w => w is not null);
        }

        if (type.IsInterface || type == typeof(object) || type.IsAbstract)
        {
            return $"{Describe(type)} could be any, possibly mutable, implementation";
        }

        if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
        {
            return $"{Describe(type)} is not known to be immutable";
        }

        if (!type.IsValueType && !type.IsSealed)
        {
            return $"{Describe(type)} is not sealed, so a mutable subclass could be passed";
        }

        if (!visiting.Add(type))
        {
            return null;
        }

        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                // A struct is copied on every call, so only what its fields point to matters.
                if (!field.IsInitOnly && !type.IsValueType)
                {
                    return field.GetCustomAttribute<CompilerGeneratedAttribute>() is null
                        ? $"field {current.Name}.{field.Name} can be assigned"
                        : $"property {current.Name}.{MemberName(field)} has a setter";
                }

                if (Examine(field.FieldType, visiting) is { } why)
                {
                    return $"{current.Name}.{MemberName(field)}: {why}";
                }
            }
        }

        return null;
    }

    private static string MemberName(FieldInfo field) => field.Name.TrimStart('<').Split('>')[0];

    private static string Describe(Type type) => type.IsGenericType
        ? $"{type.Name.Split('`')[0]}<{string.Join(", ", type.GetGenericArguments().Select(Describe))}>"
        : type.Name;
}
