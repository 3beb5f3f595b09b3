using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Runtime;
using SupportGrains.Api.Hosting;

namespace SupportGrains.Api.Tests.Operations;

/// <summary>A start-up grain call rejected while the cluster settles is tried again; any other failure stops the start at once.</summary>
public sealed class StartupCallsTests
{
    [Fact]
    public async Task A_call_rejected_because_a_silo_has_gone_is_tried_again_until_it_succeeds()
    {
        var attempts = 0;

        await StartupCalls.RetryAsync(() => ++attempts < 3
            ? throw new SiloUnavailableException("The target silo is no longer active")
            : Task.CompletedTask, NullLogger.Instance, "a test call", CancellationToken.None, TimeSpan.FromMilliseconds(1));

        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_refusal_of_the_domain_is_not_tried_again()
    {
        var attempts = 0;

        var refused = await Assert.ThrowsAsync<Grains.Common.DomainException>(() => StartupCalls.RetryAsync(() =>
        {
            attempts++;
            throw new Grains.Common.DomainException(Grains.Common.ErrorCode.InvalidInput, "The password is too short.");
        }, NullLogger.Instance, "a test call", CancellationToken.None, TimeSpan.FromMilliseconds(1)));

        Assert.Equal(1, attempts);
        Assert.Equal(Grains.Common.ErrorCode.InvalidInput, refused.Code);
    }

    [Fact]
    public async Task Stopping_the_start_while_waiting_stops_the_retries()
    {
        using var stop = new CancellationTokenSource();
        var attempts = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => StartupCalls.RetryAsync(() =>
        {
            attempts++;
            stop.Cancel();
            throw new SiloUnavailableException("gone");
        }, NullLogger.Instance, "a test call", stop.Token, TimeSpan.FromMilliseconds(1)));

        Assert.Equal(1, attempts);
    }

    [Theory]
    [InlineData(typeof(SiloUnavailableException), true)]
    [InlineData(typeof(TimeoutException), true)]
    [InlineData(typeof(InvalidOperationException), false)]
    public void What_counts_as_the_cluster_settling(Type type, bool settling)
    {
        var exception = (Exception)Activator.CreateInstance(type, "x")!;

        Assert.Equal(settling, StartupCalls.IsClusterSettling(exception));
        Assert.Equal(settling, StartupCalls.IsClusterSettling(new AggregateException(new InvalidOperationException("outer", exception))));
    }
}
