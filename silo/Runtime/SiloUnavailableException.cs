namespace SupportGrains.Silo;

/// <summary>The silo is shutting down and takes no new calls from outside grains.</summary>
public sealed class SiloUnavailableException(string message) : Exception(message);
