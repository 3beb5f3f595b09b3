namespace SupportGrains.Grains.Knows;

/// <summary>
/// That a colleague knows a person supported (<see cref="PersonId"/>) or another colleague
/// (<see cref="ColleagueId"/>, the two kept in id order): one fact, read the same from either side,
/// with since when and when they last spent time together.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.KnowsLink")]
public sealed record KnowsLink(string StaffId, string? PersonId, string? ColleagueId, DateOnly Since, DateOnly LastTogetherOn)
{
    /// <summary>Whether this is the link between these two, however they are named.</summary>
    public bool Links(string staffId, string? personId, string? colleagueId) =>
        personId is not null
            ? StaffId == staffId && PersonId == personId
            : ColleagueId is not null && ((StaffId == staffId && ColleagueId == colleagueId) || (StaffId == colleagueId && ColleagueId == staffId));
}
