namespace SupportGrains.Silo;

/// <summary>
/// Hands out grain references. A reference is cheap: getting one activates nothing; the grain
/// activates on its first call.
/// </summary>
public interface IGrainFactory
{
    /// <summary>A reference to the grain of interface <typeparamref name="TGrain"/> with this string key.</summary>
    TGrain GetGrain<TGrain>(string key)
        where TGrain : IGrainWithStringKey;

    /// <summary>A reference to the grain of interface <typeparamref name="TGrain"/> with this Guid key.</summary>
    TGrain GetGrain<TGrain>(Guid key)
        where TGrain : IGrainWithGuidKey;

    /// <summary>A reference to the grain of interface <typeparamref name="TGrain"/> with this integer key.</summary>
    TGrain GetGrain<TGrain>(long key)
        where TGrain : IGrainWithIntegerKey;
}
