namespace SupportGrains.Grains.Common;

/// <summary>Hours as people read them: to the hundredth, so sums of 37.8 read 113.4, not 113.39999999999999.</summary>
public static class HoursRounding
{
    public static double RoundHours(this double hours) => Math.Round(hours, 2, MidpointRounding.AwayFromZero);
}
