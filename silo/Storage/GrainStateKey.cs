namespace SupportGrains.Silo.Storage;

/// <summary>
/// The identity of one piece of stored grain state. Grain type is part of the key, so two grain
/// types with the same key (or a numeric-looking string key) never collide.
/// </summary>
public readonly record struct GrainStateKey(string ServiceId, string GrainType, string GrainKey, string StateName)
{
    public override string ToString() => $"{ServiceId}/{GrainType}/{GrainKey}/{StateName}";
}
