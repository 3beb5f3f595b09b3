namespace SupportGrains.Silo.Storage;

internal static class StorageInvariants
{
    // Orleans' ADO.NET invariant names; "System.Data.SQLite" is what Orleans maps to Microsoft.Data.Sqlite.
    public const string Sqlite = "System.Data.SQLite";
    public const string Postgres = "Npgsql";

    public static string For(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => Sqlite,
        StorageProvider.Postgres => Postgres,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };
}
