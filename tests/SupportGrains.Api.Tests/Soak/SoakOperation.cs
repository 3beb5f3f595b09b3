namespace SupportGrains.Api.Tests.Soak;

/// <summary>One kind of request the soak sends: its name, how often it comes up in the mix, and how to make one.</summary>
public sealed record SoakOperation(string Name, int Weight, bool IsChange, Func<Random, (string Query, object Variables)> Make);
