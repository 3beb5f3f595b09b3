using System.Globalization;
using MudBlazor;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Organisations;

namespace SupportGrains.Api.Components.Shared;

/// <summary>The plain words the director's pages use for the size check, its findings, the knows gaps, what is due and the figures (a status colour always beside its word).</summary>
public static class FigureWords
{
    public static string Status(CheckStatus status) => status switch
    {
        CheckStatus.Red => "Red",
        CheckStatus.Amber => "Amber",
        _ => "Green",
    };

    public static Color StatusColour(CheckStatus status) => status switch
    {
        CheckStatus.Red => Color.Error,
        CheckStatus.Amber => Color.Warning,
        _ => Color.Success,
    };

    public static string StatusIcon(CheckStatus status) => status switch
    {
        CheckStatus.Red => Icons.Material.Filled.Error,
        CheckStatus.Amber => Icons.Material.Filled.Warning,
        _ => Icons.Material.Filled.CheckCircle,
    };

    /// <summary>What a status means, for the words beside the chip.</summary>
    public static string Meaning(CheckStatus status) => status switch
    {
        CheckStatus.Red => "the guidance warns strongly: think again before taking anyone else on.",
        CheckStatus.Amber => "worth a look: something is at or near the guidance.",
        _ => "within the size guidance.",
    };

    /// <summary>The heading of a finding.</summary>
    public static string Finding(string code) => code switch
    {
        FindingCode.FirstYearLimit => "First-year limit",
        FindingCode.GrowthRate => "Growth in the last 12 months",
        FindingCode.Ceiling => "Size ceiling",
        FindingCode.StaffInManyTeams => "Colleagues in many teams",
        FindingCode.LeaderDoesNotKnow => "Leaders who do not know someone",
        FindingCode.LeaderContactStale => "Leaders' time with people",
        FindingCode.FundedHoursGap => "Funded hours not covered",
        FindingCode.AllocatedOverContract => "Allocated more than contracted",
        FindingCode.DuplicateName => "The same name twice",
        _ => code,
    };

    /// <summary>Whether a finding is one of the warnings checked beside the size guidance (staffing), not a rule of it.</summary>
    public static bool IsStaffingWarning(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Code is FindingCode.AllocatedOverContract or FindingCode.DuplicateName;
    }

    public static string Gap(KnowsGapKind kind) => kind switch
    {
        KnowsGapKind.NotRecentlyTogether => "not together lately",
        KnowsGapKind.NoTimeTogetherRecorded => "no time together recorded",
        _ => "do not know each other",
    };

    public static string Due(DueKind kind) => kind switch
    {
        DueKind.InductionEnd => "End of induction",
        DueKind.LeaderContact => "Leader's time with a person",
        DueKind.ReturnToWork => "Return-to-work conversation",
        _ => "Review",
    };

    /// <summary>A fraction as a percentage: 0.099 → "9.9%".</summary>
    public static string Percent(double? fraction) => fraction is { } f ? (f * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Number(double? value) => value is { } v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : "—";

    /// <summary>"Tue 24 Nov 2026".</summary>
    public static string Date(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
