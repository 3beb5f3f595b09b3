namespace SupportGrains.Grains.People;

/// <summary>Someone in a person's relationship circle; closeness 1 is closest (the inner ring).</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Relationship")]
public sealed record Relationship(string Name, RelationshipKind Kind, int Closeness)
{
    /// <summary>Names this relationship in the person's circle (r1, r2, …), given when it is added.</summary>
    [Id(0)]
    public string Id { get; init; } = "";

    public const int OuterRing = 5;
}
