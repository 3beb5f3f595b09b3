using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using SupportGrains.Grains.Accounts;

namespace SupportGrains.Api.Accounts;

/// <summary>
/// The bearer tokens of local accounts: <c>sgt_</c>, the username, <c>_</c>, and 64 hex digits of
/// randomness. The username says which account to ask; only the SHA-256 hash of the whole token is stored.
/// </summary>
public static class AccessTokenSecret
{
    public const string Prefix = "sgt_";

    public static string New(string username)
    {
        ArgumentException.ThrowIfNullOrEmpty(username);
        return Prefix + username + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The account a token names, when it has the shape of one of ours.</summary>
    public static bool TryReadUsername(string token, [NotNullWhen(true)] out string? username)
    {
        username = null;
        if (!token.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var separator = token.LastIndexOf('_');
        var secret = token.AsSpan(separator + 1);
        if (separator <= Prefix.Length || secret.Length != 64 || !secret.ContainsOnlyHex())
        {
            return false;
        }

        var name = token[Prefix.Length..separator];
        username = AccountRules.TryNormaliseUsername(name) == name ? name : null;
        return username is not null;
    }

    private static bool ContainsOnlyHex(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
