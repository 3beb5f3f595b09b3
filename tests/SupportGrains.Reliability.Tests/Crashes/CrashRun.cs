using System.Diagnostics;
using SupportGrains.Api.Tests;
using SupportGrains.Api.Tests.Cluster;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// One crash run: starts the target on an empty store, creates an organisation, sets
/// <see cref="Clients"/> clients to work on it at once, and kills the target (SIGKILL) at random
/// moments, <c>kills</c> times, starting it again each time on the same store: a kill comes when a
/// random number of further changes (seeded) has been acknowledged, wherever the other clients'
/// requests are then. After the last restart and some more work, everything is read back and checked.
/// </summary>
public sealed class CrashRun(ICrashTarget target, int kills, int seed, Action<string> log)
{
    public const int Clients = 4;

    private static readonly TimeSpan WorkTimeout = TimeSpan.FromMinutes(5);

    private readonly Stopwatch _clock = new();

    public async Task<CrashReport> RunAsync()
    {
        ArgumentNullException.ThrowIfNull(target);
        _clock.Start();
        await target.StartAsync();
        Log($"{target.Name}: serving; seed {seed}, {kills} kills, {Clients} clients");
        var random = new Random(seed);
        var ledger = new Ledger();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var week = today.AddDays(14 - (((int)today.DayOfWeek + 6) % 7));
        var organisationId = await CreateOrganisationAsync(await target.SignInAsync(), ledger);

        var clients = new List<CrashClient>();
        for (var i = 0; i < Clients; i++)
        {
            clients.Add(new CrashClient(new CrashWorkload(i, organisationId, today, week, new Random(seed + (7919 * (i + 1)))), await target.SignInAsync(), ledger, target, organisationId, week));
        }

        using var stop = new CancellationTokenSource();
        var running = clients.Select(c => c.RunAsync(stop.Token)).ToList();
        var killed = new List<string>();
        for (var number = 1; number <= kills; number++)
        {
            await WorkAsync(ledger, ledger.Acknowledged + random.Next(10, 60), running);
            var what = await target.KillAsync(number, random);
            killed.Add(what);
            Log($"kill {number}: {what}, {ledger.Acknowledged} changes acknowledged so far");
            await target.RecoverAsync();
            Log($"kill {number}: serving again");
        }

        // The last stretch goes on until the rota has had a shift too, so every kind of change is checked.
        var goal = ledger.Acknowledged + 60;
        await WorkAsync(ledger, goal, running);
        while (!ledger.Changes.Any(c => c.Mutation.Field == "addShift" && c.Final == Answer.Acknowledged) && ledger.Acknowledged < goal + 400)
        {
            await WorkAsync(ledger, ledger.Acknowledged + 10, running);
        }

        await stop.CancelAsync();
        await Task.WhenAll(running);
        Log($"{ledger.Changes.Count} changes sent; reading everything back");

        var world = await ReadBackAsync(organisationId, week);
        var checks = new CrashChecks();
        checks.Changes(world, ledger.Changes);
        Invariants.Check(world, checks);
        Log($"{checks.Count} checks, {checks.Problems.Count} problems");
        return new CrashReport(target.Name, ReliabilityMode.Name, seed, _clock.Elapsed, killed, ledger.Changes, world, checks.Count, checks.Problems);
    }

    private async Task<string> CreateOrganisationAsync(GraphQLClient api, Ledger ledger)
    {
        string? id = null;
        var key = "organisation";
        var mutation = new Mutation
        {
            Client = -1, Field = "createOrganisation", Key = key,
            Document = "mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }",
            Variables = new { input = new { name = "Crash Small Supports", startedOn = "2023-01-10", fundedPosts = 60, clientMutationId = key } },
            Learn = r => id = r["id"]!.GetValue<string>(),
        };
        var sent = ledger.Add(mutation);
        var reply = await MutationSender.SendAsync(api.Http, mutation);
        sent.Answered(reply);
        if (reply.Answer != Answer.Acknowledged)
        {
            throw new InvalidOperationException($"The organisation was not created: {reply.Code} {reply.Detail}");
        }

        mutation.Learn(reply.Result!);
        ledger.CountAcknowledged();
        return id!;
    }

    /// <summary>Lets the clients work until <paramref name="goal"/> changes are acknowledged in all; a client that fails fails the run.</summary>
    private static async Task WorkAsync(Ledger ledger, int goal, List<Task> running)
    {
        var done = await Task.WhenAny(ledger.WhenAcknowledged(goal), Task.WhenAny(running)).WaitAsync(WorkTimeout);
        if (running.FirstOrDefault(t => t.IsCompleted) is { } stopped)
        {
            await stopped;
            throw new InvalidOperationException("A client stopped before it was asked to.");
        }

        await done;
    }

    private async Task<World> ReadBackAsync(string organisationId, DateOnly week)
    {
        var api = await target.SignInAsync();
        World? world = null;
        await Eventually.Async("the organisation read back", TimeSpan.FromMinutes(3), async () =>
        {
            world = await WorldReader.ReadAsync(api, organisationId, week, alone: true);
            return null;
        });
        return world!;
    }

    private void Log(string message) => log($"{_clock.Elapsed.TotalSeconds,6:0.0} s  {message}");
}
