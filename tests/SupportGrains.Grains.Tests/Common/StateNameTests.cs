using System.Reflection;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Testing;

namespace SupportGrains.Grains.Tests.Common;

/// <summary>
/// Orleans' ADO.NET store keys a row by state name and grain key, not by grain class: two grain
/// types sharing a state name would read each other's state. Every grain type has its own.
/// </summary>
public sealed class StateNameTests
{
    [Fact]
    public void Every_grain_type_keeps_its_state_under_a_state_name_of_its_own()
    {
        var states = typeof(DomainGrain<>).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t))
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters())
                .Select(p => p.GetCustomAttribute<PersistentStateAttribute>())
                .OfType<PersistentStateAttribute>()
                .Select(a => (Grain: t.Name, a.StateName)))
            .ToList();

        Assert.True(states.Count >= 6, "Every domain grain keeps state: " + string.Join(", ", states));
        var shared = states.GroupBy(s => s.StateName).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(s => s.Grain))}");
        Assert.Empty(shared);
    }
}

/// <summary>The same key under two grain types reads two different things from the real store.</summary>
public abstract class SameKeyTests(ClusterFixture cluster)
{
    [Fact]
    public async Task A_person_and_a_colleague_with_the_same_id_keep_their_own_state()
    {
        var organisation = await TestOrganisation.CreateAsync(cluster, cluster.Today.AddYears(-1));
        var id = "shared-" + Guid.NewGuid().ToString("N")[..6];
        await organisation.Grain.AddPersonAsync(new NewPerson(organisation.Id, "Sam", cluster.Today, 40) { Id = id }, ChangeContext.None);
        await organisation.Grain.AddStaffMemberAsync(new NewStaffMember(organisation.Id, "Alex", "Support worker", false, ContractType.Permanent, cluster.Today, 30) { Id = id }, ChangeContext.None);

        await cluster.RestartAsync();

        Assert.Equal("Sam", (await cluster.Grains.GetGrain<IPersonGrain>(id).GetAsync())!.Name);
        Assert.Equal("Alex", (await cluster.Grains.GetGrain<IStaffMemberGrain>(id).GetAsync())!.Name);
    }
}

[Collection(SqliteCluster.Name)]
public sealed class SqliteSameKeyTests(SqliteClusterFixture cluster) : SameKeyTests(cluster);

[Collection(PostgresCluster.Name)]
public sealed class PostgresSameKeyTests(PostgresClusterFixture cluster) : SameKeyTests(cluster);
