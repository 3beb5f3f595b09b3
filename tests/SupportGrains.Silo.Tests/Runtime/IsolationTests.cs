using SupportGrains.Silo.Testing;
using SupportGrains.Silo.Tests.Grains;

namespace SupportGrains.Silo.Tests.Runtime;

public sealed class IsolationTests
{
    [Fact]
    public async Task A_grain_interface_with_a_mutable_argument_is_refused_naming_it()
    {
        await using var cluster = await TestCluster.StartAsync();

        var error = Assert.Throws<GrainContractException>(() => cluster.GrainFactory.GetGrain<IListPayloadGrain>("x"));

        Assert.Contains("IListPayloadGrain.AddAsync", error.Message);
        Assert.Contains("List<String>", error.Message);
    }

    [Fact]
    public async Task A_grain_interface_with_a_mutable_result_is_refused_naming_the_setter()
    {
        await using var cluster = await TestCluster.StartAsync();

        var error = Assert.Throws<GrainContractException>(() => cluster.GrainFactory.GetGrain<IMutableResultGrain>("x"));

        Assert.Contains("MutableNote.Text has a setter", error.Message);
    }

    [Fact]
    public async Task Immutable_records_pass_between_grains_by_reference_without_copying()
    {
        await using var cluster = await TestCluster.StartAsync();
        var note = new Note("hello", ["a", "b"]);

        var echoed = await cluster.GrainFactory.GetGrain<IImmutablePayloadGrain>("echo").EchoAsync(note);

        Assert.Same(note, echoed);
    }
}
