namespace SupportGrains.Grains.Rota;

/// <summary>
/// What is wrong with a rostered shift: the colleague is in two places at once, not able to work
/// that day, or no longer in the person's team (their match ended before the shift's day).
/// </summary>
[GenerateSerializer]
[Alias("SupportGrains.ClashKind")]
public enum ClashKind
{
    DoubleBooked,
    NotAvailable,
    NotInTeam,
}
