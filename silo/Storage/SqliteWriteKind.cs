namespace SupportGrains.Silo.Storage;

internal enum SqliteWriteKind
{
    // Runs on the caller's connection (reads, and anything inside the caller's own transaction).
    None,

    // One of our own single-statement writes: may share a commit with other queued writes.
    Batchable,

    // A write we do not know: queued in order but committed on its own, since it may manage its own transaction.
    Serial,
}
