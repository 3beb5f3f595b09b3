using SupportGrains.Silo.Hosting;

namespace SupportGrains.Api.Operations;

/// <summary>
/// The app's commands for an operator, run instead of the app: <c>backup --to FILE</c> (an online,
/// consistent copy of the store the settings name, while the app runs) and <c>restore --from FILE
/// [--replace]</c> (into an empty store, or over one with --replace; the app must be stopped). The
/// store is read from the same settings as the app's (appsettings.json, environment variables).
/// </summary>
public static class OperatorCommands
{
    private const string Usage = """
        Usage:
          dotnet run --project api -- backup --to FILE              a consistent copy of the store, while the app runs
          dotnet run --project api -- restore --from FILE [--replace]   into an empty store (stop the app first); --replace writes over one with data
        The store is the one the app's settings name (Storage:Provider, Storage:SqlitePath, Storage:PostgresConnectionString, Storage:PostgresSchema).
        """;

    /// <summary>True when the arguments ask for a command rather than the app.</summary>
    public static bool Handles(string[] args) => args is ["backup" or "restore", ..];

    /// <summary>Runs the command and answers the process's exit code: 0 done, 1 failed (with why), 2 not understood.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (command, file, replace, ok) = Parse(args);
        if (!ok)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        // The same configuration the app reads, without the command's own arguments.
        var builder = WebApplication.CreateBuilder([]);
        try
        {
            var settings = SiloSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
            var path = Path.GetFullPath(file!);
            var done = (command, settings.IsPostgres) switch
            {
                ("backup", false) => await SqliteBackup.BackUpAsync(settings.SqlitePath, path),
                ("backup", true) => await PostgresBackup.BackUpAsync(settings, path, builder.Configuration),
                (_, false) => await SqliteBackup.RestoreAsync(path, settings.SqlitePath, replace),
                (_, true) => await PostgresBackup.RestoreAsync(path, settings, replace, builder.Configuration),
            };
            Console.WriteLine(done);
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"{command} failed: {e.Message}");
            return 1;
        }
    }

    private static (string Command, string? File, bool Replace, bool Ok) Parse(string[] args)
    {
        var command = args[0];
        var option = command == "backup" ? "--to" : "--from";
        string? file = null;
        var replace = false;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == option && i + 1 < args.Length)
            {
                file = args[++i];
            }
            else if (args[i] == "--replace" && command == "restore")
            {
                replace = true;
            }
            else
            {
                return (command, null, false, false);
            }
        }

        return (command, file, replace, file is not null);
    }
}
