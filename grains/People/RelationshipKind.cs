namespace SupportGrains.Grains.People;

/// <summary>The circle a relationship belongs to.</summary>
[GenerateSerializer]
[Alias("SupportGrains.RelationshipKind")]
public enum RelationshipKind
{
    Family,
    Friend,
    Community,
    PaidSupport,
    Professional,
}
