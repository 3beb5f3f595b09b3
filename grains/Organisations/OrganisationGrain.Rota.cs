using System.Collections.Immutable;
using SupportGrains.Grains.Rota;

namespace SupportGrains.Grains.Organisations;

/// <summary>The organisation answers the rota questions from its snapshot, which holds every team's rota.</summary>
public sealed partial class OrganisationGrain : IOrganisationRotaGrain
{
    public async Task<RotaWeek?> RotaWeekAsync(string personId, DateOnly day)
    {
        var snapshot = await SnapshotAsync();
        return snapshot.Index.Person(personId) is { } person ? RotaWeekRules.Week(snapshot, person, day) : null;
    }

    public async Task<RotaShift?> ShiftAsync(string shiftId) => RotaWeekRules.Shift(await SnapshotAsync(), shiftId);

    public async Task<ImmutableArray<RotaShift>> ShiftsOfAsync(string staffId, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw DomainException.InvalidInput($"The shifts asked for end ({to:yyyy-MM-dd}) before they start ({from:yyyy-MM-dd}).");
        }

        if (to.DayNumber - from.DayNumber > 366)
        {
            throw DomainException.InvalidInput($"Shifts are listed for at most 366 days at a time, not {to.DayNumber - from.DayNumber + 1} ({from:yyyy-MM-dd} to {to:yyyy-MM-dd}).");
        }

        return RotaWeekRules.ShiftsOf(await SnapshotAsync(), staffId, from, to);
    }
}
