namespace SupportGrains.Silo.Tests.Storage;

// The values AdoNetGrainStorage derives from a grain id and state name (hashes, N0/N1, extension, state name).
public sealed record StateKey(int IdHash, long N0, long N1, int TypeHash, string Type, string? Extension, string ServiceId);
