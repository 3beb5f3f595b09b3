using System.Net;

namespace SupportGrains.Api.Operations;

/// <summary>
/// Who may read an operator's page (/metrics): this machine (loopback) always, and the addresses or
/// networks named in a comma-separated setting (e.g. <c>10.0.5.20, 192.168.10.0/24</c>, where the
/// Prometheus server scrapes from).
/// </summary>
public sealed class OperatorAddresses
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    private OperatorAddresses(IReadOnlyList<IPNetwork> networks) => _networks = networks;

    /// <summary>Reads the setting; an address or network that does not parse stops the app at start rather than open or close the page silently.</summary>
    public static OperatorAddresses Parse(string setting, string? value)
    {
        var networks = new List<IPNetwork>();
        foreach (var part in (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IPNetwork.TryParse(part, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(part, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new InvalidOperationException($"{setting}: \"{part}\" is neither an address nor a network (such as 10.0.5.20 or 192.168.10.0/24).");
            }
        }

        return new OperatorAddresses(networks);
    }

    /// <summary>Loopback, or an address in one of the networks (an IPv4 address mapped into IPv6 is read as IPv4).</summary>
    public bool Allows(IPAddress? address)
    {
        if (address is null)
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return IPAddress.IsLoopback(address) || _networks.Any(n => n.Contains(address));
    }
}
