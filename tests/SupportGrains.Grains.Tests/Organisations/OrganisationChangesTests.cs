using System.Threading.Channels;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.Staff;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Organisations;

/// <summary>The organisation tells its observers (pages) of each change in it, and stops when they unsubscribe.</summary>
public abstract class OrganisationChangesTests(ClusterFixture cluster)
{
    private DateOnly Today => cluster.Today;

    [Fact]
    public async Task An_observer_hears_of_a_colleagues_change_of_availability_and_of_nothing_after_unsubscribing()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var staff = await organisation.StaffAsync("Alex", Today.AddYears(-1));
        var observer = new Heard();
        var reference = cluster.Grains.CreateObjectReference<IOrganisationObserver>(observer);
        var changes = cluster.Grains.GetGrain<IOrganisationChangesGrain>(organisation.Id);
        await changes.SubscribeAsync(reference);

        await cluster.Grains.GetGrain<IStaffMemberGrain>(staff.Id).SetAvailabilityAsync(AvailabilityStatus.OffSick, null, Today.AddDays(3), null, ChangeContext.None);
        await observer.Changes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));

        await changes.UnsubscribeAsync(reference);
        while (observer.Changes.Reader.TryRead(out _))
        {
            // Notes of the change before unsubscribing, however many the grains sent.
        }

        await cluster.Grains.GetGrain<IStaffMemberGrain>(staff.Id).SetAvailabilityAsync(AvailabilityStatus.Available, null, Today, null, ChangeContext.None);
        await organisation.Grain.SizeCheckAsync(0, Today);

        Assert.False(observer.Changes.Reader.TryRead(out _));
        cluster.Grains.DeleteObjectReference<IOrganisationObserver>(reference);
    }

    [Fact]
    public async Task Another_organisations_change_is_not_heard()
    {
        var ours = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var theirs = await TestOrganisation.CreateAsync(cluster, Today.AddYears(-2));
        var observer = new Heard();
        var reference = cluster.Grains.CreateObjectReference<IOrganisationObserver>(observer);
        await cluster.Grains.GetGrain<IOrganisationChangesGrain>(ours.Id).SubscribeAsync(reference);

        await theirs.StaffAsync("Jo", Today.AddYears(-1));
        await ours.Grain.SizeCheckAsync(0, Today);

        Assert.False(observer.Changes.Reader.TryRead(out _));
        await cluster.Grains.GetGrain<IOrganisationChangesGrain>(ours.Id).UnsubscribeAsync(reference);
        cluster.Grains.DeleteObjectReference<IOrganisationObserver>(reference);
    }

    private sealed class Heard : IOrganisationObserver
    {
        public Channel<bool> Changes { get; } = Channel.CreateUnbounded<bool>();

        public Task ChangedAsync()
        {
            Changes.Writer.TryWrite(true);
            return Task.CompletedTask;
        }
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteOrganisationChangesTests(SqliteClusterFixture cluster) : OrganisationChangesTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresOrganisationChangesTests(PostgresClusterFixture cluster) : OrganisationChangesTests(cluster);
