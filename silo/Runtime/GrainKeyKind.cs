namespace SupportGrains.Silo.Runtime;

/// <summary>Which kind of key identifies a grain.</summary>
public enum GrainKeyKind : byte
{
    String = 1,
    Guid = 2,
    Integer = 3,
}
