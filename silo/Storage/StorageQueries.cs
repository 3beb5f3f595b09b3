namespace SupportGrains.Silo.Storage;

// The statements Orleans reads from OrleansQuery, as shipped with this build.
internal static class StorageQueries
{
    // Keys whose statements change data. The SQLite data source recognises these texts to send them
    // through its single-writer queue; everything else runs on the caller's connection.
    public static readonly IReadOnlySet<string> WriteKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "WriteToStorageKey",
        "ClearStorageKey",
        "DeleteStorageKey",
        "UpsertReminderRowKey",
        "DeleteReminderRowKey",
        "DeleteReminderRowsKey",
    };

    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> _sqlite =
        new(() => Load(StorageProvider.Sqlite, "Queries.Persistence.sql", "Queries.Reminders.sql"));

    private static readonly Lazy<IReadOnlyList<KeyValuePair<string, string>>> _postgres =
        new(() => Load(StorageProvider.Postgres, "Queries.Persistence.sql", "Queries.Reminders.sql", "Queries.Clustering.sql"));

    public static IReadOnlyList<KeyValuePair<string, string>> For(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => _sqlite.Value,
        StorageProvider.Postgres => _postgres.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    public static IReadOnlySet<string> WriteTexts(StorageProvider provider) =>
        For(provider).Where(query => WriteKeys.Contains(query.Key)).Select(query => query.Value).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyList<KeyValuePair<string, string>> Load(StorageProvider provider, params string[] files)
    {
        var queries = files.SelectMany(file => SqlScripts.ReadQueries(provider, file)).ToList();
        var duplicate = queries.GroupBy(query => query.Key).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Query key '{duplicate.Key}' is defined more than once in the {provider} SQL files.");
        }

        return queries;
    }
}
