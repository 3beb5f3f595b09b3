namespace SupportGrains.Grains.Rota;

/// <summary>What is wrong with a rostered shift: the colleague is in two places at once, or not able to work that day.</summary>
[GenerateSerializer]
[Alias("SupportGrains.ClashKind")]
public enum ClashKind
{
    DoubleBooked,
    NotAvailable,
}
