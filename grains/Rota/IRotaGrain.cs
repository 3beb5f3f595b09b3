namespace SupportGrains.Grains.Rota;

/// <summary>
/// The rota of the team around one person (keyed by the person's id): its shifts, its repeating
/// pattern, and the swaps proposed. A grain of its own beside the team, so each rota change is one
/// write of one grain; it reads the team and the colleagues to check a change, and tells the
/// organisation after each saved change. A change with a clientMutationId already applied changes
/// nothing and answers as the first time did.
/// </summary>
[Alias("SupportGrains.IRotaGrain")]
public interface IRotaGrain : IGrainWithStringKey
{
    /// <summary>Everything the rota keeps (an empty rota for a team with none yet).</summary>
    [ReadOnly, Alias("Get")]
    Task<RotaState> GetAsync();

    /// <summary>Adds a shift by hand, with a colleague of the team or open.</summary>
    [Alias("AddShift")]
    Task<Shift> AddShiftAsync(NewShift shift, ChangeContext change);

    /// <summary>A team leader gives a shift to a colleague of the team, or opens it (no colleague).</summary>
    [Alias("AssignShift")]
    Task<Shift> AssignShiftAsync(string shiftId, string? staffId, string? by, ChangeContext change);

    /// <summary>Cancels a shift; it is kept, marked cancelled with who and when.</summary>
    [Alias("CancelShift")]
    Task<Shift> CancelShiftAsync(string shiftId, string? reason, string? by, ChangeContext change);

    /// <summary>Sets the repeating pattern (1 to 8 weeks); the shifts already made are not changed.</summary>
    [Alias("SetPattern")]
    Task<RotaPattern> SetPatternAsync(NewRotaPattern pattern, ChangeContext change);

    /// <summary>Fills weeks from the week holding <paramref name="from"/> with the pattern, never duplicating what it made before.</summary>
    [Alias("ApplyPattern")]
    Task<PatternApplication> ApplyPatternAsync(DateOnly from, int weeks, string? by, ChangeContext change);

    /// <summary>The colleague on a shift proposes swapping it, optionally offering it to one colleague.</summary>
    [Alias("ProposeSwap")]
    Task<ShiftSwap> ProposeSwapAsync(string shiftId, string proposedBy, string? wantedStaffId, string? note, ChangeContext change);

    /// <summary>Another member of the team takes the shift of a proposed swap.</summary>
    [Alias("AcceptSwap")]
    Task<ShiftSwap> AcceptSwapAsync(string swapId, string acceptedBy, ChangeContext change);

    /// <summary>Whoever proposed a swap withdraws it.</summary>
    [Alias("WithdrawSwap")]
    Task<ShiftSwap> WithdrawSwapAsync(string swapId, string by, ChangeContext change);
}
