using System.Text.Json;
using SupportGrains.GraphQL.Types;

using SupportGrains.Bench;

namespace SupportGrains.Bench.GraphQL;

/// <summary>The bench schema and data, read from bench/js so the graphql-js peer serves exactly the same.</summary>
internal static class StarWars
{
    public static Schema Build()
    {
        var sdl = File.ReadAllText(Path.Combine(BenchPaths.Js, "starwars.graphql"));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(BenchPaths.Js, "starwars.json")));
        var characters = new Dictionary<string, Character>();
        foreach (var row in json.RootElement.EnumerateArray())
        {
            var id = row.GetProperty("id").GetString()!;
            var name = row.GetProperty("name").GetString()!;
            var friends = row.GetProperty("friends").EnumerateArray().Select(f => f.GetString()!).ToArray();
            var appearsIn = row.GetProperty("appearsIn").EnumerateArray().Select(e => e.GetString()!).ToArray();
            characters[id] = row.GetProperty("__typename").GetString() == "Human"
                ? new Human(id, name, friends, appearsIn, row.GetProperty("homePlanet").GetString(), row.GetProperty("height").GetDouble(), characters)
                : new Droid(id, name, friends, appearsIn, row.GetProperty("primaryFunction").GetString(), characters);
        }

        return SchemaBuilder.FromSdl(sdl)
            .Resolve("Query", "hello", _ => "world")
            .Resolve("Query", "hero", c => characters[c.Argument<string?>("episode") == "EMPIRE" ? "1000" : "2001"])
            .Resolve("Query", "human", c => characters.GetValueOrDefault(c.Argument<string>("id")!) as Human)
            .Resolve("Query", "droid", c => characters.GetValueOrDefault(c.Argument<string>("id")!) as Droid)
            .Resolve("Query", "characters", _ => characters.Values)
            .Resolve("Human", "height", c => ((Human)c.Source!).Height * (c.Argument<string>("unit") == "FOOT" ? 3.28084 : 1))
            .BindType<Human>("Human")
            .BindType<Droid>("Droid")
            .UseDefaultResolvers()
            .Build();
    }
}

internal abstract record Character(string Id, string Name, string[] FriendIds, string[] AppearsIn, Dictionary<string, Character> All)
{
    public IEnumerable<Character> Friends => FriendIds.Select(id => All[id]);
}

internal sealed record Human(string Id, string Name, string[] FriendIds, string[] AppearsIn, string? HomePlanet, double Height, Dictionary<string, Character> All)
    : Character(Id, Name, FriendIds, AppearsIn, All);

internal sealed record Droid(string Id, string Name, string[] FriendIds, string[] AppearsIn, string? PrimaryFunction, Dictionary<string, Character> All)
    : Character(Id, Name, FriendIds, AppearsIn, All);
