using System.Diagnostics;
using SupportGrains.Api.Tests;
using SupportGrains.Api.Tests.Cluster;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// One of the concurrent clients of a crash run. It sends one change at a time and waits for its
/// answer. When the answer is lost (the app died under it), it waits until the app serves again,
/// looks whether the change was made (wholly, or not at all), and sends it again with the same
/// clientMutationId until it is acknowledged or refused, as a careful integrator would.
/// </summary>
public sealed class CrashClient(CrashWorkload workload, GraphQLClient api, Ledger ledger, ICrashTarget target, string organisationId, DateOnly week)
{
    // Long enough for a whole cluster to start again on a busy machine.
    private static readonly TimeSpan Recovery = TimeSpan.FromMinutes(4);

    public async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await SettleAsync(workload.Next());
        }
    }

    private async Task SettleAsync(Mutation mutation)
    {
        var sent = ledger.Add(mutation);
        var started = Stopwatch.StartNew();
        while (true)
        {
            var reply = await MutationSender.SendAsync(api.Http, mutation);
            sent.Answered(reply);
            if (reply.Answer == Answer.Acknowledged)
            {
                mutation.Learn?.Invoke(reply.Result!);
                ledger.CountAcknowledged();
                return;
            }

            if (reply.Answer == Answer.Refused)
            {
                return;
            }

            if (started.Elapsed > Recovery)
            {
                throw new TimeoutException($"{mutation} was not answered for {Recovery.TotalMinutes:0} minutes; the last time: {reply.Detail}");
            }

            await Eventually.Async("the app serving again", Recovery, async () => await target.ServingAsync() ? null : "not serving");
            if (!reply.NotDelivered)
            {
                await LookAsync(sent);
            }
        }
    }

    /// <summary>Looks for what a change whose answer was lost did: its trace and its applied audit entries, read after the app came back.</summary>
    private Task LookAsync(SentChange sent) =>
        Eventually.Async($"{sent.Mutation} looked for after its answer was lost", Recovery, async () =>
        {
            var world = await WorldReader.ReadAsync(api, organisationId, week, alone: false, auditSince: sent.FirstSentAt.AddSeconds(-30));
            sent.Found(sent.Mutation.Trace?.Invoke(world), world.Applied(sent.Mutation.Key));
            return null;
        });
}
