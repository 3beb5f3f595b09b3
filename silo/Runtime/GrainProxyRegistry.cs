using System.Collections.Concurrent;

namespace SupportGrains.Silo.Runtime;

/// <summary>
/// Where generated grain references register themselves (from a module initializer in each
/// assembly that declares grain interfaces).
/// </summary>
public static class GrainProxyRegistry
{
    private static readonly ConcurrentDictionary<Type, Func<GrainClass, GrainKey, GrainReference>> Factories = new();

    /// <summary>Registers the reference factory for a grain interface.</summary>
    public static void Register(Type grainInterface, Func<GrainClass, GrainKey, GrainReference> factory)
    {
        ArgumentNullException.ThrowIfNull(grainInterface);
        ArgumentNullException.ThrowIfNull(factory);
        Factories[grainInterface] = factory;
    }

    internal static Func<GrainClass, GrainKey, GrainReference>? Find(Type grainInterface)
    {
        if (Factories.TryGetValue(grainInterface, out var factory))
        {
            return factory;
        }

        // The module initializer of the interface's assembly runs on first access to the module.
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(grainInterface.Module.ModuleHandle);
        return Factories.GetValueOrDefault(grainInterface);
    }
}
