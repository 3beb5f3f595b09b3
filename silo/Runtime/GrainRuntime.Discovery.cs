using System.Collections.Concurrent;
using System.Reflection;

namespace SupportGrains.Silo.Runtime;

/// <summary>Finding the grain class behind an interface, or behind a stored grain type name.</summary>
public sealed partial class GrainRuntime
{
    private static readonly ConcurrentDictionary<Assembly, Type[]> GrainClassesByAssembly = new();

    private InterfaceBinding Bind(Type grainInterface)
    {
        if (!grainInterface.IsInterface || !typeof(IGrain).IsAssignableFrom(grainInterface))
        {
            throw new ArgumentException($"{grainInterface.Name} is not a grain interface.");
        }

        PayloadValidator.Validate(grainInterface);
        var createReference = GrainProxyRegistry.Find(grainInterface)
            ?? throw new InvalidOperationException(
                $"No grain reference was generated for {grainInterface.FullName}: the project that declares it must reference SupportGrains.Silo.Generator as an analyzer.");

        var candidates = AllGrainClasses().Where(grainInterface.IsAssignableFrom).ToList();
        var classType = candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new InvalidOperationException($"No grain class implements {grainInterface.Name}."),
            _ => throw new InvalidOperationException(
                $"Several grain classes implement {grainInterface.Name} ({string.Join(", ", candidates.Select(c => c.Name))}); a grain interface needs exactly one."),
        };

        return new InterfaceBinding(ClassOf(classType, KeyKindOf(grainInterface)), createReference);
    }

    /// <summary>The grain class stored under a type name (for reminders that fire after a restart).</summary>
    internal GrainClass? FindClass(string typeName)
    {
        var known = _classes.Values.FirstOrDefault(c => c.TypeName == typeName);
        if (known is not null)
        {
            return known;
        }

        foreach (var type in AllGrainClasses())
        {
            var name = type.GetCustomAttribute<GrainTypeAttribute>(inherit: false)?.Name ?? type.FullName;
            if (name == typeName)
            {
                var grainInterface = type.GetInterfaces().FirstOrDefault(i => i != typeof(IGrain) && typeof(IGrain).IsAssignableFrom(i) && KeyKindOrNull(i) is not null);
                return grainInterface is null ? null : ClassOf(type, KeyKindOf(grainInterface));
            }
        }

        return null;
    }

    private static GrainKeyKind KeyKindOf(Type grainInterface) => KeyKindOrNull(grainInterface)
        ?? throw new InvalidOperationException(
            $"{grainInterface.Name} must extend IGrainWithStringKey, IGrainWithGuidKey or IGrainWithIntegerKey.");

    private static GrainKeyKind? KeyKindOrNull(Type grainInterface)
    {
        if (typeof(IGrainWithStringKey).IsAssignableFrom(grainInterface))
        {
            return GrainKeyKind.String;
        }

        if (typeof(IGrainWithGuidKey).IsAssignableFrom(grainInterface))
        {
            return GrainKeyKind.Guid;
        }

        return typeof(IGrainWithIntegerKey).IsAssignableFrom(grainInterface) ? GrainKeyKind.Integer : null;
    }

    private static IEnumerable<Type> AllGrainClasses()
    {
        var silo = typeof(Grain).Assembly;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.IsDynamic || (assembly != silo && !assembly.GetReferencedAssemblies().Any(r => r.Name == silo.GetName().Name)))
            {
                continue;
            }

            foreach (var type in GrainClassesByAssembly.GetOrAdd(assembly, GrainClassesIn))
            {
                yield return type;
            }
        }
    }

    private static Type[] GrainClassesIn(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = e.Types;
        }

        return types.Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t)).Cast<Type>().ToArray();
    }
}
