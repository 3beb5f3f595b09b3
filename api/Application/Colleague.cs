namespace SupportGrains.Api.Application;

/// <summary>A colleague by id and name, for a page to list and pick from.</summary>
public sealed record Colleague(string Id, string Name);
