namespace SupportGrains.Silo;

/// <summary>Marks a grain interface. Use one of the keyed interfaces below rather than this one directly.</summary>
public interface IGrain;
