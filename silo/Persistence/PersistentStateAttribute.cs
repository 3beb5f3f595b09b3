namespace SupportGrains.Silo;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IPersistentState{TState}"/>: the
/// runtime supplies it, bound to <paramref name="stateName"/> in the storage provider registered
/// as <paramref name="storageName"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string storageName = "Default") : Attribute
{
    /// <summary>The name of this piece of state within the grain.</summary>
    public string StateName { get; } = stateName;

    /// <summary>The name of the storage provider.</summary>
    public string StorageName { get; } = storageName;
}
