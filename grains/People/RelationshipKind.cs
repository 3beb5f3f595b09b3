namespace SupportGrains.Grains.People;

/// <summary>The circle a relationship belongs to.</summary>
public enum RelationshipKind
{
    Family,
    Friend,
    Community,
    PaidSupport,
    Professional,
}
