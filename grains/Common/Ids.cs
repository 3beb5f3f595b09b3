namespace SupportGrains.Grains.Common;

/// <summary>New identities: a short prefix saying what the thing is, and a random part.</summary>
public static class Ids
{
    public static string New(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)];

    /// <summary>The team around a person has the person's id with the "team-" prefix.</summary>
    public static string TeamOf(string personId) => "team-" + personId;

    public static string? PersonOfTeam(string teamId) => teamId.StartsWith("team-", StringComparison.Ordinal) ? teamId[5..] : null;
}
