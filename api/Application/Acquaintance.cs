namespace SupportGrains.Api.Application;

/// <summary>
/// Someone a colleague knows: a person supported (<see cref="PersonId"/>) or another colleague
/// (<see cref="ColleagueId"/>), with when they last spent time together (none recorded, e.g. known
/// only through being in the person's team).
/// </summary>
public sealed record Acquaintance(string Name, string? PersonId, string? ColleagueId, DateOnly? LastTogetherOn)
{
    public string Id => PersonId ?? ColleagueId ?? "";

    public bool IsPerson => PersonId is not null;
}
