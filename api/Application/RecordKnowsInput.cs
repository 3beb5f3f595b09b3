namespace SupportGrains.Api.Application;

/// <summary>That a colleague knows a person (<see cref="PersonId"/>) or another colleague (<see cref="ColleagueId"/>), and when they last spent time together.</summary>
public sealed record RecordKnowsInput(string StaffId, string? PersonId, string? ColleagueId, DateOnly LastTogetherOn);
