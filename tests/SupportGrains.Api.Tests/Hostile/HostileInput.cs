namespace SupportGrains.Api.Tests.Hostile;

/// <summary>The hostile-input run: its own app process, so it runs beside the other tests.</summary>
[CollectionDefinition(Name)]
public sealed class HostileInput
{
    public const string Name = "Hostile input";
}
