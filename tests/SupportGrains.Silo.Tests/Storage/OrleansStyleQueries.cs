using System.Data;
using System.Data.Common;
using Xunit;

namespace SupportGrains.Silo.Tests.Storage;

// Runs our query texts the way Orleans' RelationalStorage does: a connection per call from the data source,
// parameters typed as its DbExtensions.AddParameter types them, ExecuteReaderAsync, every row read.
public sealed class OrleansStyleQueries(StorageProvider provider, DbDataSource dataSource)
{
    private readonly Dictionary<string, string> _queries = StorageQueries.For(provider).ToDictionary(query => query.Key, query => query.Value);

    public async Task<int?> WriteAsync(StateKey key, int? version, byte[] payload) =>
        SingleVersion(await RunAsync("WriteToStorageKey", key, version, payload, "NewGrainStateVersion"));

    public async Task<int?> ClearAsync(StateKey key, int? version) =>
        SingleVersion(await RunAsync("ClearStorageKey", key, version, null, null));

    public async Task<int?> DeleteAsync(StateKey key, int? version) =>
        SingleVersion(await RunAsync("DeleteStorageKey", key, version, null, "NewGrainStateVersion"));

    public async Task<(byte[]? Payload, int? Version)?> ReadAsync(StateKey key)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        AddKey(command, key);
        command.CommandText = _queries["ReadFromStorageKey"];
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var payload = reader.IsDBNull(reader.GetOrdinal("PayloadBinary")) ? null : (byte[])reader.GetValue(reader.GetOrdinal("PayloadBinary"));
        int? version = reader.IsDBNull(reader.GetOrdinal("Version")) ? null : reader.GetInt32(reader.GetOrdinal("Version"));
        Assert.False(await reader.ReadAsync(), "a key must identify at most one row");
        return (payload, version);
    }

    public static void Add<T>(DbCommand command, string name, T? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = (object?)value ?? DBNull.Value;
        parameter.DbType = Type.GetTypeCode(Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T)) switch
        {
            TypeCode.Int32 => DbType.Int32,
            TypeCode.Int64 => DbType.Int64,
            TypeCode.String => DbType.String,
            TypeCode.DateTime => DbType.DateTime,
            _ when typeof(T) == typeof(byte[]) => DbType.Binary,
            _ => throw new NotSupportedException(typeof(T).Name),
        };
        command.Parameters.Add(parameter);
    }

    private static void AddKey(DbCommand command, StateKey key)
    {
        Add(command, "GrainIdHash", key.IdHash);
        Add(command, "GrainIdN0", key.N0);
        Add(command, "GrainIdN1", key.N1);
        Add(command, "GrainTypeHash", key.TypeHash);
        Add(command, "GrainTypeString", key.Type);
        Add(command, "GrainIdExtensionString", key.Extension);
        Add(command, "ServiceId", key.ServiceId);
    }

    private static int? SingleVersion(List<object?> values)
    {
        Assert.True(values.Count <= 1, $"expected at most one row, got {values.Count}");
        return values.Count == 0 || values[0] is null or DBNull ? null : Convert.ToInt32(values[0]);
    }

    private async Task<List<object?>> RunAsync(string queryKey, StateKey key, int? version, byte[]? payload, string? column)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        AddKey(command, key);
        Add(command, "GrainStateVersion", version);
        if (payload is not null)
        {
            Add(command, "PayloadBinary", payload);
        }

        command.CommandText = _queries[queryKey];
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<object?>();
        do
        {
            while (await reader.ReadAsync())
            {
                // ClearStorageKey is read by position (GetValue(0)), the others by name, as Orleans does.
                values.Add(column is null ? reader.GetValue(0) : reader.GetValue(reader.GetOrdinal(column)));
            }
        }
        while (await reader.NextResultAsync());
        return values;
    }
}
