namespace SupportGrains.Grains.Matches;

/// <summary>Whose view a match review records.</summary>
public enum Perspective
{
    Person,
    Family,
    Staff,
}
