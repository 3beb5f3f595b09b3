namespace SupportGrains.Grains.Matches;

/// <summary>
/// A dated entry of a shadow shift during induction: on which day, with which MATCHED colleague.
/// An entry is never erased: a later entry that <see cref="Corrects"/> it takes its place (and a
/// <see cref="Cancelled"/> correction says the shift did not happen).
/// </summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.ShadowShift")]
public sealed record ShadowShift(int Number, DateOnly On, string? WithStaffId, string? Note, DateTimeOffset RecordedAt)
{
    /// <summary>The number of the entry this one corrects, if it is a correction.</summary>
    [Id(0)]
    public int? Corrects { get; init; }

    [Id(1)]
    public bool Cancelled { get; init; }
}
