namespace SupportGrains.Grains.Rota;

/// <summary>What a shift is: support during the day, awake through the night, or asleep on site and there if needed.</summary>
[GenerateSerializer]
[Alias("SupportGrains.ShiftKind")]
public enum ShiftKind
{
    Day,
    WakingNight,
    SleepIn,
}
