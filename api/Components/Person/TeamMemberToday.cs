using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Api.Components.Person;

/// <summary>A member of the team around a person as the Person page shows them: name, stage, hours a week, and availability today (a sickness note only where the policy allows).</summary>
public sealed record TeamMemberToday(string StaffId, string Name, MatchStage Stage, double HoursPerWeek, Availability Today);
