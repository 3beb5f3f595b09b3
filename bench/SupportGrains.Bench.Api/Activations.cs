namespace SupportGrains.Bench.Api;

/// <summary>Live activations as Orleans counts them (the management grain asks every silo), by grain class.</summary>
internal static class Activations
{
    public static async Task<IReadOnlyList<(string Type, int Count)>> ByTypeAsync(IGrainFactory grains)
    {
        var statistics = await grains.GetGrain<IManagementGrain>(0).GetSimpleGrainStatistics();
        return [.. statistics
            .GroupBy(s => ShortName(s.GrainType))
            .Select(g => (g.Key, g.Sum(s => s.ActivationCount)))
            .OrderByDescending(t => t.Item2)];
    }

    public static async Task<int> TotalAsync(IGrainFactory grains) => await grains.GetGrain<IManagementGrain>(0).GetTotalActivationCount();

    /// <summary>Deactivates every activation that can go (Orleans keeps its own keep-alive grains, the memory store's among them).</summary>
    public static async Task CollectAllAsync(IGrainFactory grains) => await grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    // "SupportGrains.Grains.People.PersonGrain,SupportGrains.Grains" reads as "PersonGrain".
    private static string ShortName(string grainType)
    {
        var name = grainType.Split(',')[0];
        var generic = name.IndexOf('`', StringComparison.Ordinal);
        name = generic >= 0 ? name[..generic] : name;
        return name[(name.LastIndexOf('.') + 1)..];
    }
}
