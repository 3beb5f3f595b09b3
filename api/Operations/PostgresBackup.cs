using System.Diagnostics;
using Npgsql;
using SupportGrains.Silo.Hosting;

namespace SupportGrains.Api.Operations;

/// <summary>
/// Backing up and restoring the PostgreSQL store with PostgreSQL's own tools: <c>pg_dump</c> of the
/// store's schema in the custom format (one snapshot of the database, so consistent while silos write;
/// the membership rows of the silos running now are left out, since a restored cluster's silos join
/// anew), and <c>pg_restore</c> in a single transaction, so a restore that fails leaves nothing half
/// done. The tools are found in <c>Operations:PostgresBinPath</c>, else where <c>pg_config --bindir</c>
/// says, else on the PATH; they must be at least the server's major version.
/// </summary>
internal static class PostgresBackup
{
    public static async Task<string> BackUpAsync(SiloSettings settings, string backup, IConfiguration configuration)
    {
        if (File.Exists(backup))
        {
            throw new InvalidOperationException($"{backup} exists already: name a new file.");
        }

        var started = Stopwatch.GetTimestamp();
        var partial = backup + ".partial";
        File.Delete(partial);
        var schema = settings.PostgresSchema;
        await RunAsync(Tool("pg_dump", configuration), settings,
            ["--format=custom", $"--schema={schema}", "--no-owner", "--no-privileges",
             $"--exclude-table-data={schema}.orleans_membership", $"--exclude-table-data={schema}.orleans_membership_version", $"--file={partial}"]);
        File.Move(partial, backup);
        return $"Backed up schema {schema} of {Where(settings)} to {backup} ({new FileInfo(backup).Length / 1024.0:0} KiB, {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s).";
    }

    public static async Task<string> RestoreAsync(string backup, SiloSettings settings, bool replace, IConfiguration configuration)
    {
        if (!File.Exists(backup))
        {
            throw new InvalidOperationException($"There is no backup at {backup}.");
        }

        var schema = settings.PostgresSchema;
        var exists = await SchemaExistsAsync(settings);
        if (exists && !replace)
        {
            throw new InvalidOperationException($"Schema {schema} of {Where(settings)} exists: restore into a database without it (DROP SCHEMA {schema} CASCADE), or add --replace to write over it (stop the silos and the app first).");
        }

        // --clean drops what the backup holds before making it again; in the one transaction, a failure drops nothing.
        string[] clean = exists ? ["--clean", "--if-exists"] : [];
        await RunAsync(Tool("pg_restore", configuration), settings,
            [.. clean, "--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", $"--dbname={Database(settings)}", backup]);
        return $"Restored {backup} into schema {schema} of {Where(settings)}. Start the silos and the app.";
    }

    private static async Task<bool> SchemaExistsAsync(SiloSettings settings)
    {
        await using var connection = new NpgsqlConnection(settings.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_namespace WHERE nspname = @schema;", connection);
        command.Parameters.AddWithValue("schema", settings.PostgresSchema);
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    /// <summary>Runs a PostgreSQL tool with the connection in libpq's environment variables (so the password is on no command line).</summary>
    private static async Task RunAsync(string tool, SiloSettings settings, IReadOnlyList<string> arguments)
    {
        var connection = new NpgsqlConnectionStringBuilder(settings.PostgresConnectionString);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGDATABASE"] = connection.Database;
        start.Environment["PGUSER"] = connection.Username;
        if (connection.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        if (connection.SslMode is not SslMode.Disable and not SslMode.Prefer)
        {
            start.Environment["PGSSLMODE"] = connection.SslMode.ToString().ToLowerInvariant();
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(tool)} exited with {process.ExitCode}: {(await errors).Trim()} {(await output).Trim()}");
        }
    }

    private static string Tool(string name, IConfiguration configuration)
    {
        if (configuration["Operations:PostgresBinPath"] is { Length: > 0 } configured)
        {
            return Path.Combine(configured, name);
        }

        try
        {
            using var pgConfig = Process.Start(new ProcessStartInfo("pg_config", "--bindir") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false });
            if (pgConfig is not null)
            {
                var folder = pgConfig.StandardOutput.ReadToEnd().Trim();
                pgConfig.WaitForExit();
                if (pgConfig.ExitCode == 0 && File.Exists(Path.Combine(folder, name)))
                {
                    return Path.Combine(folder, name);
                }
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No pg_config: the tool is looked for on the PATH.
        }

        return name;
    }

    private static string Database(SiloSettings settings) => new NpgsqlConnectionStringBuilder(settings.PostgresConnectionString).Database ?? "";

    private static string Where(SiloSettings settings)
    {
        var connection = new NpgsqlConnectionStringBuilder(settings.PostgresConnectionString);
        return $"PostgreSQL {connection.Host}:{connection.Port}/{connection.Database}";
    }
}
