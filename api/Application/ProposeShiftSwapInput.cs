namespace SupportGrains.Api.Application;

/// <summary>The colleague on a shift proposes swapping it, offered to anyone in the team or to one colleague (<see cref="WantedColleagueId"/>).</summary>
public sealed record ProposeShiftSwapInput(string ShiftId, string ProposedBy, string? WantedColleagueId, string? Note);
