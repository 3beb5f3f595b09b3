using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace SupportGrains.Silo.Storage;

// Orleans' ADO.NET providers run every statement through DbCommand.ExecuteReaderAsync on a connection they
// open per operation, with no transaction. Asynchronous writes are taken off that path here and handed to
// the queue; reads, writes inside the caller's own transaction and the synchronous Execute* methods run on
// the caller's connection as usual (SQLite's busy_timeout then covers a concurrent writer).
internal sealed class SqliteStorageCommand : SqliteCommand
{
    private readonly SqliteWriteQueue _queue;

    public SqliteStorageCommand(SqliteWriteQueue queue)
    {
        _queue = queue;
    }

    protected override Task<DbDataReader> ExecuteDbDataReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken) =>
        TryEnqueue(cancellationToken) ?? base.ExecuteDbDataReaderAsync(behavior, cancellationToken);

    public override async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken)
    {
        var queued = TryEnqueue(cancellationToken);
        if (queued is null)
        {
            return await base.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var reader = await queued.ConfigureAwait(false);
        return reader.RecordsAffected;
    }

    public override async Task<object?> ExecuteScalarAsync(CancellationToken cancellationToken)
    {
        var queued = TryEnqueue(cancellationToken);
        if (queued is null)
        {
            return await base.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var reader = await queued.ConfigureAwait(false);
        return reader.Read() ? reader.GetValue(0) : null;
    }

    private Task<DbDataReader>? TryEnqueue(CancellationToken cancellationToken)
    {
        var kind = Transaction is null ? _queue.Classify(CommandText) : SqliteWriteKind.None;
        if (kind == SqliteWriteKind.None)
        {
            return null;
        }

        var parameters = new SqliteParameter[Parameters.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = Copy(Parameters[i]);
        }

        return _queue.EnqueueAsync(CommandText, parameters, kind == SqliteWriteKind.Batchable, cancellationToken);
    }

    // A copy, so the caller's command is left as it was and the writer thread owns what it binds.
    private static SqliteParameter Copy(SqliteParameter parameter)
    {
        var copy = new SqliteParameter
        {
            ParameterName = parameter.ParameterName,
            DbType = parameter.DbType,
            SqliteType = parameter.SqliteType,
            Direction = parameter.Direction,
            Value = parameter.Value,
        };

        // Size truncates text and blobs. Its getter reports 0 for other values (a DateTime, say), and copying
        // that 0 would truncate the DateTime's text form to nothing, so it is copied only where it means a length.
        if (parameter.Value is string or byte[])
        {
            copy.Size = parameter.Size;
        }

        return copy;
    }
}
