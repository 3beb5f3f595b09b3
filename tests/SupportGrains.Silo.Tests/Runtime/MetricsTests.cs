using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Runtime;

public sealed class MetricsTests
{
    [Fact]
    public async Task Calls_activations_and_durations_are_measured()
    {
        await using var cluster = await TestCluster.StartAsync();
        var meter = cluster.Runtime.Metrics.Meter;
        var totals = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) => totals.AddOrUpdate(i.Name, value, (_, t) => t + value));
        listener.SetMeasurementEventCallback<double>((i, _, _, _) => totals.AddOrUpdate(i.Name + ".count", 1, (_, t) => t + 1));
        listener.Start();

        var grain = cluster.GrainFactory.GetGrain<IPingGrain>(1);
        for (var i = 0; i < 10; i++)
        {
            await grain.PingAsync(i);
        }

        Assert.Equal(10, totals.GetValueOrDefault("supportgrains.silo.calls"));
        Assert.Equal(1, totals.GetValueOrDefault("supportgrains.silo.activations"));
        Assert.Equal(10, totals.GetValueOrDefault("supportgrains.silo.call.duration.count"));
    }
}
