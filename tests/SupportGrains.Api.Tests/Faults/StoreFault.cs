using System.Diagnostics;
using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Faults;

/// <summary>A way to take the app's store away from it and give it back, and the settings that put the app on that store.</summary>
public abstract class StoreFault
{
    /// <summary>The store in words, for the test's output.</summary>
    public abstract string Name { get; }

    /// <summary>What the app is started with (keys with __ for :).</summary>
    public abstract IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>From now on the store refuses every write.</summary>
    public abstract Task BeginAsync();

    /// <summary>The store works again, as it was.</summary>
    public abstract Task EndAsync();
}

/// <summary>PostgreSQL stopped (immediate shutdown, as a crash or a failover would) and started again: a server of its own, so no other test loses its database.</summary>
public sealed class PostgresStopped(PostgresServer server, string connectionString) : StoreFault
{
    public override string Name => "PostgreSQL stopped";

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Postgres",
        ["Storage__PostgresConnectionString"] = connectionString,
    };

    public override Task BeginAsync() => Task.Run(server.Stop);

    public override Task EndAsync() => Task.Run(server.Start);
}

/// <summary>
/// The SQLite file and its write-ahead log (and their folder, so no file can be made anew there)
/// made immutable with <c>chattr +i</c>. Taking write permission away (chmod) would not do: the
/// app runs as root here, root ignores permissions, and handles opened before keep writing
/// whatever the permissions say. The immutable attribute is checked on every write, even by root
/// and through handles opened before, so SQLite's writes fail with "disk I/O error" (ext4 and
/// most Linux file systems support it; it needs CAP_LINUX_IMMUTABLE, which root has). The -shm
/// file is left alone: SQLite maps it into memory, and a write to a mapped page of an immutable
/// file is a SIGBUS that kills the process on the spot — the kernel's doing, which no program
/// can answer; it is an index rebuilt from the log, not data.
/// </summary>
public sealed class SqliteReadOnly : StoreFault
{
    private readonly string _path;

    /// <summary>The database goes in a folder of its own under <paramref name="folder"/>, so only it is made immutable.</summary>
    public SqliteReadOnly(string folder)
    {
        var store = Directory.CreateDirectory(Path.Combine(folder, "store")).FullName;
        _path = Path.Combine(store, "faults.db");
    }

    public override string Name => "SQLite file read-only (chattr +i)";

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Storage__Provider"] = "Sqlite",
        ["Storage__SqlitePath"] = _path,
    };

    public override Task BeginAsync() => Task.Run(() => Chattr("+i"));

    public override Task EndAsync() => Task.Run(() => Chattr("-i"));

    /// <summary>Takes the attribute off whatever still has it (a failed test must not leave a folder that cannot be deleted).</summary>
    public void Release() => Chattr("-i", allowFailure: true);

    private void Chattr(string change, bool allowFailure = false)
    {
        var folder = Path.GetDirectoryName(_path)!;
        var files = new[] { _path, _path + "-wal" }.Where(File.Exists).Append(folder);
        // Not root: through sudo without a password prompt (CI machines allow it), or fail saying what is needed.
        var root = Environment.UserName == "root";
        var start = new ProcessStartInfo(root ? "chattr" : "sudo") { RedirectStandardError = true, UseShellExecute = false };
        if (!root)
        {
            start.ArgumentList.Add("-n");
            start.ArgumentList.Add("chattr");
        }

        start.ArgumentList.Add(change);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var chattr = Process.Start(start)!;
        var error = chattr.StandardError.ReadToEnd();
        chattr.WaitForExit();
        if (chattr.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException(
                $"chattr {change} failed ({chattr.ExitCode}): {error} The test needs a file system with the immutable attribute (ext4, xfs, btrfs) and CAP_LINUX_IMMUTABLE (root, or sudo without a password).");
        }
    }
}
