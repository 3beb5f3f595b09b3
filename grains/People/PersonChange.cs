namespace SupportGrains.Grains.People;

/// <summary>One change to a person's profile or circle, in words, kept in their history.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.PersonChange")]
public sealed record PersonChange(DateTimeOffset At, string Section, string Description);
