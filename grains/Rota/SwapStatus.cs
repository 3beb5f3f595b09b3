namespace SupportGrains.Grains.Rota;

/// <summary>Where a proposed swap stands: waiting, taken by a colleague, withdrawn by whoever proposed it, or lapsed because the shift changed first.</summary>
[GenerateSerializer]
[Alias("SupportGrains.SwapStatus")]
public enum SwapStatus
{
    Proposed,
    Accepted,
    Withdrawn,
    Lapsed,
}
