namespace SupportGrains.Silo;

/// <summary>This grain interface method does not change state, so its calls interleave with other read-only calls.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadOnlyAttribute : Attribute;
