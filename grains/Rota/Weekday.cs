namespace SupportGrains.Grains.Rota;

/// <summary>A day of the rota's week, which starts on Monday.</summary>
[GenerateSerializer]
[Alias("SupportGrains.Weekday")]
public enum Weekday
{
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}
