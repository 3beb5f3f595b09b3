namespace SupportGrains.Silo;

/// <summary>
/// The grain's activation may interleave requests: while one request awaits, another may run.
/// Interleaving is never parallelism: the activation still runs one piece of code at a time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
