namespace SupportGrains.Grains.Organisations;

/// <summary>
/// How much room one rule of the size guidance leaves on the day of a growth plan: how many more
/// people fit before it turns AMBER and before it turns RED (null when it never turns that colour),
/// with the why in words. A rule that does not apply that day (the first-year limit after the first
/// year, the growth rate during it) says so.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.GrowthLimit")]
public sealed record GrowthLimit(string Code, bool Applies, int? MoreBeforeAmber, int? MoreBeforeRed, int Limit, int Counted, string Message);
