namespace SupportGrains.Api.Tests.Cluster;

/// <summary>
/// Tests that start silos and the app as separate processes. They run on their own, after the other
/// tests: three processes starting side by side with other tests on a 2-core machine make the short
/// membership timeouts they use a matter of luck.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeparateProcesses
{
    public const string Name = "Separate processes";
}
