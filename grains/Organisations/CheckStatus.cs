namespace SupportGrains.Grains.Organisations;

/// <summary>How a size check stands, worst last.</summary>
[GenerateSerializer]
[Alias("SupportGrains.CheckStatus")]
public enum CheckStatus
{
    Green,
    Amber,
    Red,
}
