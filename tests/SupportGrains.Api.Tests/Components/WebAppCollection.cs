namespace SupportGrains.Api.Tests.Components;

/// <summary>The browser tests share one app and one browser (<see cref="WebAppFixture"/>): starting them is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class WebAppCollection : ICollectionFixture<WebAppFixture>
{
    public const string Name = "Web app";
}
