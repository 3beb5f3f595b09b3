namespace SupportGrains.Grains.Common;

/// <summary>That two people know each other: since when, and when they last spent time together.</summary>
public sealed record KnowsLink(string OtherId, DateOnly Since, DateOnly LastTogetherOn);
