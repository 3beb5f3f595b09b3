namespace SupportGrains.Grains.Organisations;

/// <summary>How a size check stands, worst last.</summary>
public enum CheckStatus
{
    Green,
    Amber,
    Red,
}
