namespace SupportGrains.Silo;

/// <summary>How long an activation of this grain class may stay idle before it is collected (overrides the silo default).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class CollectionAgeLimitAttribute : Attribute
{
    /// <summary>Idle minutes before collection.</summary>
    public double Minutes { get; init; }

    /// <summary>The limit as a time span.</summary>
    public TimeSpan Age => TimeSpan.FromMinutes(Minutes);
}
