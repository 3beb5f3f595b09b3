using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SupportGrains.Silo.Storage;

// A SqliteConnection (Orleans checks that the data source's connections are assignable to the invariant's
// connection type) whose commands send writes to the queue and which sets the pragmas whenever it opens.
internal sealed class SqliteStorageConnection : SqliteConnection
{
    // The SQLite handles that already carry the pragmas. Microsoft.Data.Sqlite pools handles, not
    // SqliteConnection objects, and a pooled handle keeps its settings; running the pragmas again on every
    // open would cost about 20 us (four statements prepared), half the cost of a small read.
    private static readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    private readonly SqliteWriteQueue _queue;

    public SqliteStorageConnection(string connectionString, SqliteWriteQueue queue)
        : base(connectionString)
    {
        _queue = queue;
    }

    public override void Open()
    {
        base.Open();
        var handle = Handle!;
        if (!_configured.TryGetValue(handle, out _))
        {
            SqlitePragmas.Apply(this);
            _configured.AddOrUpdate(handle, _configured);
        }
    }

    public override SqliteCommand CreateCommand() => new SqliteStorageCommand(_queue)
    {
        Connection = this,
        CommandTimeout = DefaultTimeout,
        Transaction = Transaction,
    };

    protected override DbCommand CreateDbCommand() => CreateCommand();
}
