namespace SupportGrains.Silo;

/// <summary>Calls of this grain interface method interleave with any other request of the activation.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlwaysInterleaveAttribute : Attribute;
