using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SupportGrains.Testing;

/// <summary>
/// A throwaway PostgreSQL server for tests, started from the installed binaries (initdb and
/// pg_ctl from <c>pg_config --bindir</c>) in a temp folder on a free port, one per test process,
/// stopped when the process exits. As root the server runs as the postgres user. Each test
/// class takes its own database with <see cref="CreateDatabaseAsync"/>. Missing binaries are a
/// failure, not a skip: CI installs PostgreSQL.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly string _folder;
    private readonly string _binaries;
    private int _databases;

    private PostgresServer(string folder, string binaries, int port)
    {
        _folder = folder;
        _binaries = binaries;
        Port = port;
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>The server's TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A connection string for the postgres database, as superuser.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The server of this test process, started on first use.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>
    /// A server of the caller's own, not shared with the test process's other tests: for a test
    /// that stops it (<see cref="Stop"/>), which would take the shared one from everyone.
    /// </summary>
    public static Task<PostgresServer> StartPrivateAsync() => StartAsync();

    /// <summary>Creates an empty database and returns a connection string for it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    /// <summary>Stops the server (for tests of what callers see when the database is gone).</summary>
    public void Stop() => RunPg("pg_ctl", $"stop -D \"{DataFolder}\" -m immediate -w", allowFailure: true);

    /// <summary>Starts the server again after <see cref="Stop"/>.</summary>
    public void Start() => RunPg("pg_ctl", $"start -D \"{DataFolder}\" -l \"{Path.Combine(_folder, "server.log")}\" -w -t 60");

    private string DataFolder => Path.Combine(_folder, "data");

    private static Task<PostgresServer> StartAsync() => Task.Run(() =>
    {
        var binaries = FindBinaries();
        var folder = Path.Combine(Path.GetTempPath(), $"supportgrains-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (IsRoot)
        {
            Run("chown", $"-R postgres:postgres \"{folder}\"");
        }

        var port = FreePort();
        var server = new PostgresServer(folder, binaries, port);
        server.RunPg("initdb", $"-D \"{server.DataFolder}\" -U postgres -A trust -E UTF8 --no-sync");
        File.AppendAllText(Path.Combine(server.DataFolder, "postgresql.conf"),
            $"\nport = {port}\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '{folder}'\nmax_connections = 200\n");
        server.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            server.Stop();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        };
        return server;
    });

    private static bool IsRoot => Environment.UserName == "root";

    private static string FindBinaries()
    {
        try
        {
            var bin = Run("pg_config", "--bindir").Trim();
            if (File.Exists(Path.Combine(bin, "initdb")))
            {
                return bin;
            }
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // No pg_config on PATH: look where Debian installs the server.
        }

        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).Order().LastOrDefault()
            : null;
        return debian ?? throw new InvalidOperationException(
            "PostgreSQL's server binaries (initdb, pg_ctl) were not found: install them (apt-get install -y postgresql) — .ci/run does this.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void RunPg(string program, string arguments, bool allowFailure = false)
    {
        var path = Path.Combine(_binaries, program);
        if (IsRoot)
        {
            Run("runuser", $"-u postgres -- \"{path}\" {arguments}", allowFailure);
        }
        else
        {
            Run(path, arguments, allowFailure);
        }
    }

    private static string Run(string program, string arguments, bool allowFailure = false)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }

        return output.Result;
    }
}
