using System.Collections.Frozen;
using System.Collections.Immutable;

namespace SupportGrains.Grains.Rota;

/// <summary>
/// Lookups over the rotas of one organisation snapshot: each person's rota, the shifts of a
/// person's week, and each colleague's live shifts by day (for clashes across teams and a
/// colleague's own shifts). Built once, never changed afterwards.
/// </summary>
internal sealed class RotaIndex
{
    private readonly FrozenDictionary<string, RotaState> _rotas;
    private readonly FrozenDictionary<(string PersonId, DateOnly Week), ImmutableArray<Shift>> _byWeek;
    private readonly FrozenDictionary<(string StaffId, DateOnly Day), ImmutableArray<Shift>> _liveByStaffDay;
    private readonly FrozenDictionary<string, ImmutableArray<Shift>> _liveByStaff;

    public RotaIndex(ImmutableArray<RotaState> rotas)
    {
        var all = rotas.IsDefault ? [] : rotas;
        _rotas = all.GroupBy(r => r.PersonId).ToFrozenDictionary(g => g.Key, g => g.Last());
        var shifts = _rotas.Values.SelectMany(r => r.Shifts).ToList();
        _byWeek = shifts.GroupBy(s => (s.PersonId, s.Week()))
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(s => s.StartsAt()).ThenBy(s => s.Id, StringComparer.Ordinal).ToImmutableArray());
        var live = shifts.Where(s => !s.IsCancelled && s.StaffId is not null).ToList();
        _liveByStaffDay = live.GroupBy(s => (s.StaffId!, s.Day)).ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray());
        _liveByStaff = live.GroupBy(s => s.StaffId!).ToFrozenDictionary(g => g.Key, g => g.OrderBy(s => s.StartsAt()).ToImmutableArray());
    }

    public static RotaIndex Empty { get; } = new([]);

    public RotaState? RotaOf(string personId) => _rotas.GetValueOrDefault(personId);

    /// <summary>Every shift of a person's week (named by its Monday), cancelled ones too, in the order they start.</summary>
    public ImmutableArray<Shift> ShiftsOfWeek(string personId, DateOnly monday) => _byWeek.TryGetValue((personId, monday), out var found) ? found : [];

    /// <summary>A colleague's live shifts starting on a day, in any team.</summary>
    public ImmutableArray<Shift> LiveShiftsOn(string staffId, DateOnly day) => _liveByStaffDay.TryGetValue((staffId, day), out var found) ? found : [];

    /// <summary>A colleague's live shifts in every team, in the order they start.</summary>
    public ImmutableArray<Shift> LiveShiftsOf(string staffId) => _liveByStaff.TryGetValue(staffId, out var found) ? found : [];

    public Shift? Shift(string shiftId) => RotaIds.PersonOf(shiftId) is { } personId ? RotaOf(personId)?.ShiftById(shiftId) : null;
}
