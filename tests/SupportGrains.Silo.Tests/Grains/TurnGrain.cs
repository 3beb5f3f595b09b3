namespace SupportGrains.Silo.Tests.Grains;

public sealed class TurnGrain(Probe probe) : Grain, ITurnGrain
{
    public Task WorkAsync(string name, string? gate) => Turn(probe, name, gate);

    public Task InterleaveAsync(string name, string? gate) => Turn(probe, name, gate);

    public Task ReadAsync(string name, string? gate) => Turn(probe, name, gate);

    public Task DeactivateAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Increment("activations:" + GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    internal static async Task Turn(Probe probe, string name, string? gate)
    {
        using (probe.Enter())
        {
            probe.Record("start " + name);
        }

        if (gate is not null)
        {
            await probe.Gate(gate);
        }

        for (var i = 0; i < 3; i++)
        {
            await Task.Yield();
            using (probe.Enter())
            {
                await Task.CompletedTask;
            }
        }

        using (probe.Enter())
        {
            probe.Record("end " + name);
        }
    }
}

[Reentrant]
public sealed class ReentrantTurnGrain(Probe probe) : Grain, IReentrantTurnGrain
{
    public Task WorkAsync(string name, string? gate) => TurnGrain.Turn(probe, name, gate);
}
