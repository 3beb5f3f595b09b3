using SupportGrains.Silo.Persistence;
using SupportGrains.Silo.Timers;

namespace SupportGrains.Silo.Runtime;

/// <summary>The rarely used parts of an activation, allocated only when one is needed.</summary>
internal sealed class ActivationExtras
{
    public List<IStateLoader>? StateLoaders { get; set; }

    public List<GrainTimer>? Timers { get; set; }

    /// <summary>Requests that arrived while deactivating: they go to the next activation.</summary>
    public List<GrainRequest>? Forward { get; set; }

    public TaskCompletionSource? Deactivated { get; set; }
}
