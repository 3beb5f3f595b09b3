using SupportGrains.Grains.Rota;

namespace SupportGrains.Grains.Sample;

/// <summary>
/// The rota of one team in the sample: a pattern set and applied from a week for some weeks, then a
/// colleague's leave booked afterwards (so the rota shows the clash, as it would in real use).
/// </summary>
public sealed record SampleRota(string PersonId, NewRotaPattern Pattern, DateOnly From, int Weeks, SampleAvailability LeaveBookedAfter);
