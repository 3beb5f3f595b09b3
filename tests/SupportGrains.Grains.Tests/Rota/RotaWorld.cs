using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Tests.Rota;

/// <summary>
/// A <see cref="World"/> with rotas: shifts are added through the rota's own rules (so a test
/// world holds only what the rules allow), and snapshots carry the rotas.
/// </summary>
internal sealed class RotaWorld
{
    /// <summary>The Monday of the week holding World.Today (Tuesday 2026-11-24).</summary>
    public static readonly DateOnly Monday = new(2026, 11, 23);

    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, RotaState> _rotas = [];

    public RotaWorld(OrganisationSettings? settings = null)
    {
        World = new World { Settings = settings ?? OrganisationSettings.Default };
    }

    public World World { get; }

    public PersonView Person(string id, double funded = 40) => World.Person(id, funded: funded);

    public StaffView Staff(string id, ImmutableArray<AvailabilityChange> availability = default, DateOnly? leftOn = null) =>
        World.Staff(id, availability: availability, leftOn: leftOn);

    /// <summary>A colleague in the person's team at a stage (MATCHED unless said).</summary>
    public StaffView Member(PersonView person, string id, MatchStage stage = MatchStage.Matched, double hours = 0, ImmutableArray<AvailabilityChange> availability = default)
    {
        var staff = Staff(id, availability);
        World.Match(person, staff, stage, hours);
        return staff;
    }

    public RotaState RotaOf(PersonView person) => _rotas.TryGetValue(person.Id, out var rota) ? rota : RotaState.Empty(person.Id);

    public void Keep(RotaState rota) => _rotas[rota.PersonId] = rota;

    /// <summary>Adds a shift through <see cref="RotaRules.AddShift"/>; "22:00"–"07:00" ends the next day.</summary>
    public Shift Shift(PersonView person, DateOnly day, string start, string end, StaffView? staff = null, ShiftKind kind = ShiftKind.Day)
    {
        var (rota, shift) = RotaRules.AddShift(RotaOf(person), TeamOf(person), NewShift(day, start, end, staff, kind), Now);
        Keep(rota);
        return shift;
    }

    public RotaTeam TeamOf(PersonView person)
    {
        var snapshot = World.Snapshot();
        return new RotaTeam(person, [.. snapshot.Matches.Where(m => m.PersonId == person.Id)], snapshot.StaffById);
    }

    public OrganisationSnapshot Snapshot() => World.Snapshot() with { Rotas = [.. _rotas.Values] };

    public static NewShift NewShift(DateOnly day, string start, string end, StaffView? staff = null, ShiftKind kind = ShiftKind.Day) =>
        new(day, Time(start), Time(end), kind, staff?.Id);

    public static TimeOnly Time(string hhmm) => TimeOnly.ParseExact(hhmm, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static ImmutableArray<AvailabilityChange> Away(AvailabilityStatus status, DateOnly from, DateOnly? until = null) =>
        [new AvailabilityChange(status, from, until, "Booked", Now)];
}
