namespace SupportGrains.Silo;

/// <summary>A grain interface breaks a rule of the runtime, e.g. it passes a mutable object between grains.</summary>
public sealed class GrainContractException(string message) : Exception(message);
