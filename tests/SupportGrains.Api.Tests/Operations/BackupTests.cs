using Npgsql;
using SupportGrains.Api.Tests.Cluster;
using SupportGrains.Testing;
using Xunit.Abstractions;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>
/// Backup and restore with the app's own commands (README "Backup and restore"), as an operator runs
/// them: data made through the API, a backup taken while the app runs, the store wiped, the backup
/// restored, the app started again — and every question answered byte for byte as before.
/// </summary>
[Collection(SeparateProcesses.Name)]
public sealed class BackupTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);
    private readonly TempDirectory _folder = new("sg-backup");

    [Fact]
    public async Task A_SQLite_store_backed_up_while_the_app_runs_wiped_and_restored_answers_the_same()
    {
        var database = _folder.File("live.db");
        var store = AppProcess.OnSqlite(database);
        var backup = _folder.File("backup.db");
        await RoundTripAsync(store, backup, wipe: () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { database, database + "-wal", database + "-shm" })
            {
                File.Delete(file);
            }

            return Task.CompletedTask;
        });

        // A restore never writes over a store with data unless told to.
        var (refused, said) = await CommandAsync(store, "restore", "--from", backup);
        Assert.Equal(1, refused);
        Assert.Contains("holds data", said, StringComparison.Ordinal);
        var (replaced, _) = await CommandAsync(store, "restore", "--from", backup, "--replace");
        Assert.Equal(0, replaced);
    }

    [Fact]
    public async Task A_PostgreSQL_store_backed_up_while_the_app_runs_wiped_and_restored_answers_the_same()
    {
        var connectionString = await (await PostgresServer.GetAsync()).CreateDatabaseAsync();
        var store = new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__PostgresConnectionString"] = connectionString };
        var backup = _folder.File("backup.pgdump");
        await RoundTripAsync(store, backup, wipe: async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP SCHEMA supportgrains CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        });

        var (refused, said) = await CommandAsync(store, "restore", "--from", backup);
        Assert.Equal(1, refused);
        Assert.Contains("exists", said, StringComparison.Ordinal);
        var (replaced, replacing) = await CommandAsync(store, "restore", "--from", backup, "--replace");
        Assert.True(replaced == 0, replacing);
    }

    [Fact]
    public async Task Backing_up_to_a_file_that_exists_or_restoring_what_is_not_a_backup_is_refused()
    {
        var store = AppProcess.OnSqlite(_folder.File("none.db"));
        var existing = _folder.File("taken.db");
        await File.WriteAllTextAsync(existing, "something");
        Assert.Equal(1, (await CommandAsync(store, "backup", "--to", existing)).ExitCode);
        var (notABackup, said) = await CommandAsync(store, "restore", "--from", existing);
        Assert.Equal(1, notABackup);
        Assert.Contains("restore failed", said, StringComparison.Ordinal);
        Assert.Equal(2, (await CommandAsync(store, "backup")).ExitCode);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task RoundTripAsync(Dictionary<string, string> store, string backup, Func<Task> wipe)
    {
        string organisation, person, token;
        List<(string Name, string Body)> before;
        await using (var app = await AppProcess.StartAsync(store))
        {
            var admin = await app.SignInAsync();
            token = admin.Http.DefaultRequestHeaders.Authorization!.Parameter!;
            (organisation, person) = await OrganisationAnswers.BuildAsync(admin);
            before = await OrganisationAnswers.AskAsync(admin.Http, organisation, person);

            // Online: the app keeps running (and answering) while the backup is taken.
            var (exitCode, said) = await CommandAsync(store, "backup", "--to", backup);
            Assert.True(exitCode == 0, said);
            output.WriteLine(said);
            Assert.False(app.Process.HasExited);
            OrganisationAnswers.AssertSame(before, await OrganisationAnswers.AskAsync(admin.Http, organisation, person));
        }

        await wipe();
        await using (var empty = await AppProcess.StartAsync(store))
        {
            // The wiped store is really empty: a new app on it knows no organisation.
            var admin = await empty.SignInAsync();
            Assert.Empty((await admin.DataAsync("{ organisations { id } }"))["organisations"]!.AsArray());
        }

        await wipe();
        var (restored, restoring) = await CommandAsync(store, "restore", "--from", backup);
        Assert.True(restored == 0, restoring);
        output.WriteLine(restoring);

        await using var again = await AppProcess.StartAsync(store);
        using var http = again.Http();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);  // the token from before the backup works again
        OrganisationAnswers.AssertSame(before, await OrganisationAnswers.AskAsync(http, organisation, person));
    }

    /// <summary>Runs the app's command (backup or restore) with the store's settings; its exit code and what it said.</summary>
    private static async Task<(int ExitCode, string Output)> CommandAsync(Dictionary<string, string> store, params string[] arguments)
    {
        await using var command = ProgramProcess.Start(arguments[0], Repository.Program("api", "SupportGrains.Api"), store, arguments);
        var exitCode = await command.WaitForExitAsync(CommandTimeout);
        return (exitCode, command.Output);
    }
}
