namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>A colleague knowing a person, or two colleagues knowing each other, as a recordKnows asks for it.</summary>
public sealed record KnowsLink(string StaffId, string? PersonId, string? ColleagueId);
