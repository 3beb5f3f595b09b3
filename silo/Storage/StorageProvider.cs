namespace SupportGrains.Silo.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
