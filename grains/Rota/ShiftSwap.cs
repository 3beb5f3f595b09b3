namespace SupportGrains.Grains.Rota;

/// <summary>
/// A swap proposed by the colleague on a shift (optionally offered to one colleague), and its
/// outcome. Proposals are kept whatever became of them.
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ShiftSwap")]
public sealed record ShiftSwap(string Id, string PersonId, string ShiftId, string ProposedBy, string? WantedStaffId, string? Note, DateTimeOffset ProposedAt, SwapStatus Status)
{
    /// <summary>Who accepted or withdrew it (none when it lapsed).</summary>
    [Id(0)]
    public string? DecidedBy { get; init; }

    [Id(1)]
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>What became of it, in words.</summary>
    [Id(2)]
    public string? Outcome { get; init; }

    public bool IsOpen => Status == SwapStatus.Proposed;
}
