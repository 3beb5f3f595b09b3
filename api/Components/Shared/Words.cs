using System.Globalization;
using MudBlazor;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Rota;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Api.Components.Shared;

/// <summary>The plain words pages use for the domain's values (DOMAIN.md "Words"), and the colour that goes with a status (always beside its words).</summary>
public static class Words
{
    public static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Hours(double hours) => $"{hours.ToString("0.#", CultureInfo.InvariantCulture)} h";

    public static string Status(AvailabilityStatus status) => status switch
    {
        AvailabilityStatus.OffSick => "off sick",
        AvailabilityStatus.OnLeave => "on leave",
        AvailabilityStatus.Unavailable => "unavailable",
        _ => "available",
    };

    public static Color StatusColour(AvailabilityStatus status) => status switch
    {
        AvailabilityStatus.OffSick => Color.Error,
        AvailabilityStatus.OnLeave => Color.Info,
        AvailabilityStatus.Unavailable => Color.Warning,
        _ => Color.Success,
    };

    public static string StatusIcon(AvailabilityStatus status) => status switch
    {
        AvailabilityStatus.OffSick => Icons.Material.Filled.Sick,
        AvailabilityStatus.OnLeave => Icons.Material.Filled.BeachAccess,
        AvailabilityStatus.Unavailable => Icons.Material.Filled.DoNotDisturbOn,
        _ => Icons.Material.Filled.CheckCircle,
    };

    /// <summary>"off sick until Fri 27 Nov", "available".</summary>
    public static string Availability(Availability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var status = Status(availability.Status);
        return availability.Status == AvailabilityStatus.Available
            ? status
            : availability.Until is { } until ? $"{status} until {Day(until)}" : $"{status} until further notice";
    }

    public static string Stage(MatchStage stage) => stage switch
    {
        MatchStage.OrganisationInterview => "organisation interview",
        MatchStage.PersonInterview => "interview with the person",
        _ => stage.ToString().ToLowerInvariant(),
    };

    public static string Kind(ShiftKind kind) => kind switch
    {
        ShiftKind.WakingNight => "waking night",
        ShiftKind.SleepIn => "sleep-in",
        _ => "day",
    };

    /// <summary>"Tue 24 Nov, 08:00–16:00" (and "next day" when it ends after midnight).</summary>
    public static string Shift(RotaShift shift)
    {
        ArgumentNullException.ThrowIfNull(shift);
        return $"{Day(shift.Day)}, {Time(shift.Start)}–{Time(shift.End)}{(shift.EndsNextDay ? " (next day)" : "")}";
    }
}
