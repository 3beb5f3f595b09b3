using System.Collections.Immutable;

namespace SupportGrains.Silo.Tests.Grains;

public sealed record Note(string Text, ImmutableArray<string> Tags);

public sealed class MutableNote
{
    public string Text { get; set; } = "";
}

public interface IImmutablePayloadGrain : IGrainWithStringKey
{
    Task<Note> EchoAsync(Note note);
}

public interface IListPayloadGrain : IGrainWithStringKey
{
    Task AddAsync(List<string> items);
}

public interface IMutableResultGrain : IGrainWithStringKey
{
    Task<MutableNote> GetAsync();
}

public sealed class ImmutablePayloadGrain : Grain, IImmutablePayloadGrain
{
    public Task<Note> EchoAsync(Note note) => Task.FromResult(note);
}

public sealed class ListPayloadGrain : Grain, IListPayloadGrain
{
    public Task AddAsync(List<string> items) => Task.CompletedTask;
}

public sealed class MutableResultGrain : Grain, IMutableResultGrain
{
    public Task<MutableNote> GetAsync() => Task.FromResult(new MutableNote());
}
