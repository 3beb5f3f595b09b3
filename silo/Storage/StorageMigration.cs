namespace SupportGrains.Silo.Storage;

// A numbered step of schema change; the scripts of one step run in one transaction together with the
// row that records it, so a step is either fully applied and recorded or not at all.
internal sealed record StorageMigration(int Version, IReadOnlyList<string> Scripts);
