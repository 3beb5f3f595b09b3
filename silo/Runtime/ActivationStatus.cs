namespace SupportGrains.Silo.Runtime;

/// <summary>The life of an activation, in order.</summary>
internal enum ActivationStatus
{
    Activating,
    Active,
    Deactivating,
    Invalid,
}
