namespace SupportGrains.Grains.Matches;

/// <summary>Whose view a match review records.</summary>
[GenerateSerializer]
[Alias("SupportGrains.Perspective")]
public enum Perspective
{
    Person,
    Family,
    Staff,
}
