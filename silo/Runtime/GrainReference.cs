namespace SupportGrains.Silo.Runtime;

/// <summary>
/// The base of every generated grain reference: a grain's identity (class and key) plus the way
/// to send it calls. Cheap to create; getting one activates nothing.
/// </summary>
public abstract class GrainReference : IEquatable<GrainReference>
{
    private Activation? _lastActivation;

    protected GrainReference(GrainClass grainClass, GrainKey key, Type interfaceType)
    {
        ArgumentNullException.ThrowIfNull(grainClass);
        GrainClass = grainClass;
        Key = key;
        InterfaceType = interfaceType;
    }

    /// <summary>The grain class that implements the interface.</summary>
    public GrainClass GrainClass { get; }

    /// <summary>The grain's key.</summary>
    public GrainKey Key { get; }

    /// <summary>The grain interface this reference implements.</summary>
    public Type InterfaceType { get; }

    /// <summary>Sends a call and returns the caller's awaitable.</summary>
    protected ValueTask<TResult> Send<TResult>(GrainRequest<TResult> request)
    {
        GrainClass.Runtime.Send(this, request);
        return new ValueTask<TResult>(request, 0);
    }

    /// <summary>Sends a call to a method without a result.</summary>
    protected ValueTask SendVoid(GrainRequest<VoidResult> request)
    {
        GrainClass.Runtime.Send(this, request);
        return new ValueTask(request, 0);
    }

    internal Activation ResolveActivation()
    {
        var activation = _lastActivation;
        if (activation is null || !activation.MayAcceptRequests)
        {
            activation = GrainClass.GetOrAddActivation(Key);
            _lastActivation = activation;
        }

        return activation;
    }

    internal void ForgetActivation() => _lastActivation = null;

    public bool Equals(GrainReference? other) =>
        other is not null && ReferenceEquals(GrainClass, other.GrainClass) && Key == other.Key;

    public override bool Equals(object? obj) => obj is GrainReference other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(GrainClass, Key);

    public override string ToString() => $"{GrainClass.TypeName}/{Key}";
}
