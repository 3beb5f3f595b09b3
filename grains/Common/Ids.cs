using System.Security.Cryptography;
using System.Text;

namespace SupportGrains.Grains.Common;

/// <summary>New identities: a short prefix saying what the thing is, and a random part.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>
    /// The identity of a thing created by a change with a client mutation id: the same for the same
    /// key in the same place, so a retried creation finds what the first attempt made.
    /// </summary>
    public static string For(string prefix, string scope, string clientMutationId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{prefix}\n{scope}\n{clientMutationId}"));
        return $"{prefix}-{Convert.ToHexStringLower(hash)[..12]}";
    }

    /// <summary>The id for a new thing: given (sample data), derived from the change's key, or new.</summary>
    public static string Choose(string? given, string prefix, string scope, ChangeContext change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return given ?? (change.ClientMutationId is { } key ? For(prefix, scope, key) : New(prefix));
    }

    /// <summary>The team around a person has the person's id with the "team-" prefix.</summary>
    public static string TeamOf(string personId) => "team-" + personId;

    public static string? PersonOfTeam(string teamId) => teamId.StartsWith("team-", StringComparison.Ordinal) ? teamId[5..] : null;

    /// <summary>A match is named by its number in the team around the person: m3-p-sam is the third match made for p-sam.</summary>
    public static string Match(string personId, int number) => $"m{number}-{personId}";

    /// <summary>The person whose team holds a match, read from the match's id; null when the id is not a match id.</summary>
    public static string? PersonOfMatch(string matchId)
    {
        var dash = matchId.IndexOf('-', StringComparison.Ordinal);
        if (dash < 2 || matchId[0] != 'm' || dash == matchId.Length - 1)
        {
            return null;
        }

        for (var i = 1; i < dash; i++)
        {
            if (!char.IsAsciiDigit(matchId[i]))
            {
                return null;
            }
        }

        return matchId[(dash + 1)..];
    }
}
