using System.Collections.Immutable;

namespace SupportGrains.Api.Access;

/// <summary>
/// What a colleague's account reaches in their organisation today: the people and colleagues they
/// work with (their teams, the people and colleagues they know, themselves) and, as a team leader,
/// the teams they lead with everyone in them and every candidate matched to them.
/// </summary>
public sealed record Scope(
    ImmutableHashSet<string> People,
    ImmutableHashSet<string> Staff,
    ImmutableHashSet<string> LedPeople,
    ImmutableHashSet<string> LedStaff)
{
    public static Scope Nothing { get; } = new([], [], [], []);
}
