using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Hosting;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Silo.Hosting;
using SupportGrains.Testing;
using Xunit;

namespace SupportGrains.Silo.Tests.Hosting;

/// <summary>The silo's grain factory works out each interface's grain type once and makes the references Orleans would.</summary>
public sealed class ResolvedGrainFactoryTests
{
    [Fact]
    public async Task The_silo_gives_grains_the_resolving_factory_and_its_references_are_those_Orleans_makes()
    {
        using var folder = new TempDirectory("sg-factory");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([KeyValuePair.Create("Storage:SqlitePath", (string?)folder.File("silo.db"))]);
        builder.UseOrleans(silo => silo.AddSupportGrainsSilo(builder.Configuration, folder.Path));
        var host = builder.Build();
        var grains = host.Services.GetRequiredService<IGrainFactory>();

        // Asked twice for each of two interfaces with the same key: from the kept answer the second time.
        var organisation = grains.GetGrain<IOrganisationGrain>("org-1");
        var person = grains.GetGrain<IPersonGrain>("org-1");
        var again = grains.GetGrain<IOrganisationGrain>("org-2");
        var orleans = (GrainReference)grains.GetGrain(typeof(IOrganisationGrain), "org-1");
        var orleansPerson = (GrainReference)grains.GetGrain(typeof(IPersonGrain), "org-1");

        Assert.IsType<ResolvedGrainFactory>(grains);
        Assert.Equal(orleans.GetGrainId(), organisation.GetGrainId());
        Assert.Equal(orleans.InterfaceType, ((GrainReference)organisation).InterfaceType);
        Assert.Equal(orleansPerson.GetGrainId(), person.GetGrainId());
        Assert.Equal(orleansPerson.InterfaceType, ((GrainReference)person).InterfaceType);
        Assert.NotEqual(organisation.GetGrainId().Type, person.GetGrainId().Type);
        Assert.Equal("org-2", again.GetPrimaryKeyString());
        Assert.Equal(organisation.GetGrainId().Type, again.GetGrainId().Type);
        foreach (var empty in new[] { "", "  " })
        {
            Assert.Equal("primaryKey", Assert.ThrowsAny<ArgumentException>(() => grains.GetGrain<IOrganisationGrain>(empty)).ParamName);
        }

        host.Services.GetRequiredService<SupportGrainsStore>();
        await ((IAsyncDisposable)host).DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
