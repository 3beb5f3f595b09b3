using Npgsql;

namespace SupportGrains.Silo.Storage;

// Orleans looks up its statements with a fixed, unqualified "SELECT ... FROM OrleansQuery", so a schema
// other than "public" can only be reached through the connection's search_path; the query texts are then
// unqualified too, which keeps them identical for every schema.
public static class PostgresStorageDataSource
{
    public static NpgsqlDataSource Create(string connectionString, string schema = StorageSchema.DefaultPostgresSchema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (!StorageSchema.IsPlainSchemaName(schema))
        {
            throw new ArgumentException($"PostgreSQL schema name '{schema}' must match [a-z_][a-z0-9_]* (at most 63 characters).", nameof(schema));
        }

        // Only our schema on the path: a stock Orleans set-up in "public" must never be picked up by mistake.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema };
        return NpgsqlDataSource.Create(builder.ConnectionString);
    }
}
