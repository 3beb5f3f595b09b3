using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SupportGrains.Api.Tests.Audit;

/// <summary>The store's audit_entries table reached directly, as someone with the database's own connection would, bypassing the app.</summary>
public static class AuditTable
{
    /// <summary>Runs a statement; answers the database's refusal, or null when it ran.</summary>
    public static async Task<string?> TryAsync(Store store, string sql)
    {
        try
        {
            await using var connection = Open(store);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
            return null;
        }
        catch (DbException e)
        {
            return e.Message;
        }
    }

    public static async Task<string> EntryAsync(Store store, string id)
    {
        await using var connection = Open(store);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT entry FROM audit_entries WHERE id = @id";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "id";
        parameter.Value = id;
        command.Parameters.Add(parameter);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<long> CountAsync(Store store)
    {
        await using var connection = Open(store);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM audit_entries";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DbConnection Open(Store store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.Settings.TryGetValue("Storage:SqlitePath", out var path)
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString())
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(store.Settings["Storage:PostgresConnectionString"]) { SearchPath = "supportgrains", Pooling = false }.ToString());
    }
}
