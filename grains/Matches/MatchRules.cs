using System.Collections.Immutable;

namespace SupportGrains.Grains.Matches;

/// <summary>
/// DOMAIN.md "Match stages": stages only move forward (skipping forward is allowed), ENDED only
/// through ending with a reason, nothing leaves ENDED; shadow shifts are dated entries recorded only
/// during INDUCTION and corrected by later entries, never erased; hours only at INDUCTION or
/// MATCHED, each allocation kept with the day it took effect; a review is not after today and says
/// something. Each decision returns the next match or refuses.
/// </summary>
public static class MatchRules
{
    public static Match Start(string id, string organisationId, string personId, NewMatch match, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition("A match cannot start ENDED: start it at an earlier stage and end it with a reason.");
        }

        return new Match(id, organisationId, personId, match.StaffId, match.Stage, [new MatchEvent(match.Stage, at, Require.OptionalText(match.Note, "note"))], [], 0, 0, null);
    }

    public static Match Advance(Match match, MatchStage to, string? note, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is ENDED; an ended match cannot move to {Name(to)}.");
        }

        if (to == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition($"Match {match.Id} can only be ENDED with endMatch, which records the reason.");
        }

        if (to <= match.Stage)
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is at {Name(match.Stage)}; it can only move forward, not to {Name(to)}.");
        }

        return match with { Stage = to, History = match.History.Add(new MatchEvent(to, at, Require.OptionalText(note, "note"))) };
    }

    /// <summary>Ends the match; it keeps the hours it had (the allocation in force closes on the day it ends).</summary>
    public static Match End(Match match, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(match);
        var why = Require.Text(reason, "reason");
        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is already ENDED ({match.EndedReason}).");
        }

        var day = DateOnly.FromDateTime(at.UtcDateTime);
        return match with
        {
            Stage = MatchStage.Ended,
            EndedReason = why,
            Allocations = Close(match.Allocations, day),
            History = match.History.Add(new MatchEvent(MatchStage.Ended, at, why)),
        };
    }

    /// <summary>
    /// A shadow shift on a day (not after today, not before induction began), alongside a MATCHED
    /// colleague of the same team when one is named (<paramref name="matchedColleagues"/>).
    /// </summary>
    public static Match RecordShadowShift(Match match, DateOnly on, string? withStaffId, string? note, DateOnly today, DateTimeOffset at, IReadOnlySet<string> matchedColleagues)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(matchedColleagues);
        if (match.Stage != MatchStage.Induction)
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is at {Name(match.Stage)}; shadow shifts are recorded only during INDUCTION.");
        }

        CheckShadowShift(match, on, withStaffId, today, matchedColleagues);
        var entry = new ShadowShift(match.ShadowShiftEntries.Length + 1, on, withStaffId, Require.OptionalText(note, "note"), at);
        return Counted(match with { ShadowShiftEntries = match.ShadowShiftEntries.Add(entry) });
    }

    /// <summary>A later entry that takes the place of an earlier one (with another day or colleague, or cancelling it); the earlier entry stays.</summary>
    public static Match CorrectShadowShift(Match match, int number, DateOnly? on, string? withStaffId, bool cancelled, string? note, DateOnly today, DateTimeOffset at, IReadOnlySet<string> matchedColleagues)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(matchedColleagues);
        var standing = Standing(match.ShadowShiftEntries).FirstOrDefault(e => e.Number == number || e.Corrects == number)
            ?? throw DomainException.NotFound($"Shadow shift {number} of match {match.Id}");
        var day = on ?? standing.On;
        var with = withStaffId ?? standing.WithStaffId;
        if (!cancelled)
        {
            CheckShadowShift(match, day, with, today, matchedColleagues);
        }

        var entry = new ShadowShift(match.ShadowShiftEntries.Length + 1, day, with, Require.OptionalText(note, "note"), at) { Corrects = standing.Number, Cancelled = cancelled };
        return Counted(match with { ShadowShiftEntries = match.ShadowShiftEntries.Add(entry) });
    }

    /// <summary>The entries that stand: each entry not corrected by a later one.</summary>
    public static IEnumerable<ShadowShift> Standing(ImmutableArray<ShadowShift> entries)
    {
        var corrected = entries.Where(e => e.Corrects is not null).Select(e => e.Corrects!.Value).ToHashSet();
        return entries.Where(e => !corrected.Contains(e.Number));
    }

    /// <summary>New hours a week from a day; the allocation in force until then closes the day before.</summary>
    public static Match AllocateHours(Match match, double hoursPerWeek, DateOnly from, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(match);
        Require.Hours(hoursPerWeek, "hoursPerWeek");
        Require.Day(from, "from");
        if (match.Stage is not (MatchStage.Induction or MatchStage.Matched))
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is at {Name(match.Stage)}; hours are allocated only at INDUCTION or MATCHED.");
        }

        if (match.Allocations.LastOrDefault() is { } latest && from < latest.From)
        {
            throw DomainException.InvalidInput($"Hours for match {match.Id} changed on {latest.From:yyyy-MM-dd}; a new allocation takes effect on or after that day, not {from:yyyy-MM-dd}.");
        }

        return match with
        {
            HoursPerWeek = hoursPerWeek,
            Allocations = Close(match.Allocations, from.AddDays(-1)).Add(new HoursAllocation(from, null, hoursPerWeek, at)),
        };
    }

    public static Match Review(Match match, MatchReview review, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(review);
        Require.NotAfterToday(review.On, today, "on");
        var checkedReview = review with
        {
            Working = Require.Texts(review.Working, "working"),
            NotWorking = Require.Texts(review.NotWorking, "notWorking"),
            Actions = Require.Texts(review.Actions, "actions"),
        };
        if (checkedReview.Working.IsEmpty && checkedReview.NotWorking.IsEmpty && checkedReview.Actions.IsEmpty)
        {
            throw DomainException.InvalidInput($"A review of match {match.Id} must record at least one of working, notWorking or actions.");
        }

        return match with { Reviews = match.Reviews.Add(checkedReview) };
    }

    /// <summary>The stage as the API names it (MATCHED, PERSON_INTERVIEW, ...).</summary>
    public static string Name(MatchStage stage) => stage switch
    {
        MatchStage.OrganisationInterview => "ORGANISATION_INTERVIEW",
        MatchStage.PersonInterview => "PERSON_INTERVIEW",
        _ => stage.ToString().ToUpperInvariant(),
    };

    private static void CheckShadowShift(Match match, DateOnly on, string? withStaffId, DateOnly today, IReadOnlySet<string> matchedColleagues)
    {
        Require.NotAfterToday(on, today, "on");
        if (match.ReachedOn(MatchStage.Induction) is { } began && on < began)
        {
            throw DomainException.InvalidInput($"on {on:yyyy-MM-dd} is before match {match.Id} began induction ({began:yyyy-MM-dd}).");
        }

        if (withStaffId is not null && (withStaffId == match.StaffId || !matchedColleagues.Contains(withStaffId)))
        {
            throw DomainException.InvalidInput($"withStaffId {withStaffId} is not a MATCHED member of the team: a shadow shift is alongside a matched colleague.");
        }
    }

    private static Match Counted(Match match) => match with { ShadowShifts = Standing(match.ShadowShiftEntries).Count(e => !e.Cancelled) };

    private static ImmutableArray<HoursAllocation> Close(ImmutableArray<HoursAllocation> allocations, DateOnly lastDay) =>
        allocations.LastOrDefault() is { To: null } open ? allocations.Replace(open, open with { To = lastDay }) : allocations;
}
