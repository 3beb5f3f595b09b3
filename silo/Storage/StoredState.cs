namespace SupportGrains.Silo.Storage;

/// <summary>State as it is stored: a JSON document and the ETag of the version it came from.</summary>
public sealed record StoredState(string Json, string Etag);
