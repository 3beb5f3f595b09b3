namespace SupportGrains.Grains.People;

/// <summary>Someone in a person's relationship circle; closeness 1 is closest.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.Relationship")]
public sealed record Relationship(string Name, RelationshipKind Kind, int Closeness);
