using SupportGrains.Testing;

namespace SupportGrains.Api.Tests.Cluster;

/// <summary>One silo of a <see cref="ProcessCluster"/>: its process and the ports it listens on.</summary>
public sealed record SiloProcess(string Name, int SiloPort, int GatewayPort, ProgramProcess Process)
{
    public override string ToString() => $"{Name} (silo port {SiloPort})";
}
