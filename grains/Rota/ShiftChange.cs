namespace SupportGrains.Grains.Rota;

/// <summary>What happened to a shift: each is kept in the shift's history.</summary>
[GenerateSerializer]
[Alias("SupportGrains.ShiftChange")]
public enum ShiftChange
{
    Added,
    Assigned,
    Opened,
    Swapped,
    Cancelled,
}
