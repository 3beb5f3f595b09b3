using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// What the rota's rules check a change against: the person, every match of their team, and the
/// colleagues concerned (the team's members and anyone the change names).
/// </summary>
public sealed record RotaTeam(PersonView Person, ImmutableArray<Match> Matches, ImmutableDictionary<string, StaffView> Staff)
{
    /// <summary>DOMAIN.md "Team membership": the colleague's stage while their match is at INDUCTION or MATCHED; null when they are not in the team.</summary>
    public MatchStage? StageOf(string staffId) => StageOf(Matches, staffId);

    public static MatchStage? StageOf(ImmutableArray<Match> matches, string staffId)
    {
        MatchStage? stage = null;
        foreach (var match in matches)
        {
            if (match.StaffId == staffId && match.IsTeamMembership && (stage is null || match.Stage > stage))
            {
                stage = match.Stage;
            }
        }

        return stage;
    }

    public string NameOf(string staffId) => Staff.TryGetValue(staffId, out var staff) ? staff.Name : $"Staff member {staffId}";

    /// <summary>The colleague, or NOT_FOUND.</summary>
    public StaffView Colleague(string staffId) =>
        Staff.TryGetValue(staffId, out var staff) && staff.OrganisationId == Person.OrganisationId
            ? staff
            : Staff.ContainsKey(staffId)
                ? throw DomainException.InvalidInput($"{Staff[staffId].Name} belongs to another organisation than {Person.Name}.")
                : throw DomainException.NotFound($"Staff member {staffId}");
}
