using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;

namespace SupportGrains.Silo.Hosting;

/// <summary>
/// Orleans' grain factory, with each grain interface's grain type worked out once. Orleans finds a
/// grain interface's type by reading the interface's attributes on every <c>GetGrain</c> (measured:
/// about 7% of the CPU of the API's lightest request, README "Benchmarks"); this keeps the answer
/// per interface and makes the same reference from it, for the string keys SupportGrains' grains
/// have. Every other member is Orleans' own.
/// </summary>
internal sealed class ResolvedGrainFactory(IGrainFactory orleans) : IGrainFactory
{
    private readonly ConcurrentDictionary<Type, (GrainType Grain, GrainInterfaceType Interface)> _types = new();

    /// <summary>Puts this in front of the grain factory Orleans has registered (silo or client).</summary>
    public static void Register(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IGrainFactory) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Orleans has not registered its grain factory yet.");
        services.Remove(registered);
        services.AddSingleton<IGrainFactory>(provider => new ResolvedGrainFactory(Create(provider, registered)));
    }

    private static IGrainFactory Create(IServiceProvider provider, ServiceDescriptor registered) =>
        (IGrainFactory)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(provider)
            ?? provider.GetRequiredService(registered.ImplementationType!));

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithStringKey
    {
        // As Orleans does: no grain has an empty key (the API answers this ArgumentException INVALID_INPUT).
        ArgumentException.ThrowIfNullOrWhiteSpace(primaryKey);
        return grainClassNamePrefix is null ? Reference<TGrainInterface>(IdSpan.Create(primaryKey)) : orleans.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);
    }

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidKey => orleans.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerKey => orleans.GetGrain<TGrainInterface>(primaryKey, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(Guid primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithGuidCompoundKey => orleans.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey, string keyExtension, string? grainClassNamePrefix = null)
        where TGrainInterface : IGrainWithIntegerCompoundKey => orleans.GetGrain<TGrainInterface>(primaryKey, keyExtension, grainClassNamePrefix);

    public TGrainObserverInterface CreateObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => orleans.CreateObjectReference<TGrainObserverInterface>(obj);

    public void DeleteObjectReference<TGrainObserverInterface>(IGrainObserver obj)
        where TGrainObserverInterface : IGrainObserver => orleans.DeleteObjectReference<TGrainObserverInterface>(obj);

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, string grainPrimaryKey) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey);

    public IGrain GetGrain(Type grainInterfaceType, Guid grainPrimaryKey, string keyExtension) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

    public IGrain GetGrain(Type grainInterfaceType, long grainPrimaryKey, string keyExtension) => orleans.GetGrain(grainInterfaceType, grainPrimaryKey, keyExtension);

    public TGrainInterface GetGrain<TGrainInterface>(GrainId grainId)
        where TGrainInterface : IAddressable => orleans.GetGrain<TGrainInterface>(grainId);

    public IAddressable GetGrain(GrainId grainId) => orleans.GetGrain(grainId);

    public IAddressable GetGrain(GrainId grainId, GrainInterfaceType interfaceType) => orleans.GetGrain(grainId, interfaceType);

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey, string grainClassNamePrefix) => orleans.GetGrain(interfaceType, grainKey, grainClassNamePrefix);

    public IAddressable GetGrain(Type interfaceType, IdSpan grainKey) => orleans.GetGrain(interfaceType, grainKey);

    private TGrainInterface Reference<TGrainInterface>(IdSpan key)
        where TGrainInterface : IAddressable
    {
        var (grain, @interface) = _types.GetOrAdd(typeof(TGrainInterface), Resolve, orleans);
        return (TGrainInterface)orleans.GetGrain(GrainId.Create(grain, key), @interface);
    }

    // Orleans' own answer for the interface, read off a reference it makes (the key does not matter).
    private static (GrainType, GrainInterfaceType) Resolve(Type interfaceType, IGrainFactory orleans)
    {
        var reference = (GrainReference)orleans.GetGrain(interfaceType, IdSpan.Create("resolve"));
        return (reference.GrainId.Type, reference.InterfaceType);
    }
}
