namespace SupportGrains.Silo.Runtime;

/// <summary>How a request may interleave with others on its activation.</summary>
[Flags]
public enum RequestFlags
{
    None = 0,
    AlwaysInterleave = 1,
    ReadOnly = 2,
}
