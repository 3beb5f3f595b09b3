using System.Collections.Immutable;
using System.Globalization;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Due;

/// <summary>
/// DOMAIN.md "Due dates": what is due in an organisation, worked out from its snapshot on a day.
/// Only people and colleagues current on that day are due anything, and only matches in the team
/// (INDUCTION or MATCHED). Each kind gives the next thing due, not every past one: a review
/// recorded, or time together, moves it on. Something due and not done is overdue from the next
/// day, except induction, which is due from 3 months and overdue only after 6.
/// </summary>
public static class DueRules
{
    /// <summary>The longest window asked about: ten years.</summary>
    public const int MaxWithinDays = 3660;

    public const int InductionDueMonths = 3;

    public const int InductionOverdueMonths = 6;

    /// <summary>What is due in the organisation: due within <paramref name="within"/> days of <paramref name="today"/>, or already, nearest first.</summary>
    public static ImmutableArray<DueItem> For(OrganisationSnapshot snapshot, DateOnly today, int within) =>
        Listed(Everything(snapshot, today), today, within);

    /// <summary>What is due for one colleague: as the leader, the colleague back from sickness, or the colleague of the match.</summary>
    public static ImmutableArray<DueItem> ForStaff(OrganisationSnapshot snapshot, string staffId, DateOnly today, int within) =>
        Listed(Everything(snapshot, today).Where(i => i.Concerns(staffId)), today, within);

    private static ImmutableArray<DueItem> Listed(IEnumerable<DueItem> items, DateOnly today, int within)
    {
        if (within is < 0 or > MaxWithinDays)
        {
            throw DomainException.InvalidInput($"within must be from 0 to {MaxWithinDays} days, not {within}.");
        }

        var until = today.AddDays(within);
        return [.. items.Where(i => i.DueOn <= until || i.IsOverdueOn(today))
            .OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ThenBy(i => i.Key, StringComparer.Ordinal)];
    }

    private static IEnumerable<DueItem> Everything(OrganisationSnapshot snapshot, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var people = snapshot.CurrentPeople(today).ToList();
        var staff = snapshot.CurrentStaff(today).ToList();
        var currentPeople = people.ToDictionary(p => p.Id);
        var currentStaff = staff.ToDictionary(s => s.Id);
        foreach (var match in snapshot.Matches.Where(m => m.IsTeamMembership))
        {
            if (currentPeople.TryGetValue(match.PersonId, out var person) && currentStaff.TryGetValue(match.StaffId, out var colleague))
            {
                if (Review(match, person, colleague, snapshot.Organisation.Settings.ReviewEveryWeeks) is { } review)
                {
                    yield return review;
                }

                if (InductionEnd(match, person, colleague) is { } induction)
                {
                    yield return induction;
                }
            }
        }

        var contactDays = snapshot.Organisation.Guidance.LeaderContactDays;
        foreach (var leader in staff.Where(s => s.IsLeader))
        {
            foreach (var person in people)
            {
                yield return LeaderContact(snapshot, leader, person, contactDays);
            }
        }

        foreach (var colleague in staff)
        {
            if (ReturnToWork(colleague) is { } conversation)
            {
                yield return conversation;
            }
        }
    }

    /// <summary>Every <paramref name="everyWeeks"/> weeks after the latest review, or after the match started when it has none.</summary>
    private static DueItem? Review(Match match, PersonView person, StaffView staff, int everyWeeks)
    {
        DateOnly? lastReview = match.Reviews.IsDefaultOrEmpty ? null : match.Reviews.Max(r => r.On);
        DateOnly? started = match.History.IsDefaultOrEmpty ? null : DayOf(match.History[0]);
        if ((lastReview ?? started) is not { } from)
        {
            return null;
        }

        var dueOn = Later(from, 7 * everyWeeks);
        var since = lastReview is { } last ? $"since the last review on {Day(last)}" : $"since the match started on {Day(from)}";
        return new DueItem(Key(DueKind.Review, match.Id, dueOn), DueKind.Review, dueOn, Later(dueOn, 1), person.Id, staff.Id, match.Id,
            $"Review of {staff.Name}'s match with {person.Name} is due on {Day(dueOn)}: {Plural(everyWeeks, "week")} {since}.");
    }

    /// <summary>Due 3 months after the match reached INDUCTION, overdue after 6; only while it is still at INDUCTION.</summary>
    private static DueItem? InductionEnd(Match match, PersonView person, StaffView staff)
    {
        if (match.Stage != MatchStage.Induction || match.History.LastOrDefault(e => e.Stage == MatchStage.Induction) is not { } reached)
        {
            return null;
        }

        var began = DayOf(reached);
        var dueOn = began.AddMonths(InductionDueMonths);
        var latest = began.AddMonths(InductionOverdueMonths);
        return new DueItem(Key(DueKind.InductionEnd, match.Id, dueOn), DueKind.InductionEnd, dueOn, latest.AddDays(1), person.Id, staff.Id, match.Id,
            $"{staff.Name}'s induction with {person.Name} is due to end between {Day(dueOn)} and {Day(latest)}: it began on {Day(began)}, "
            + $"and induction lasts {InductionDueMonths} to {InductionOverdueMonths} months; after {Day(latest)} it is overdue.");
    }

    /// <summary>
    /// Before the leader contact days run out after the leader and the person were last together;
    /// with no time together recorded, at once: from the day both were with the organisation.
    /// </summary>
    private static DueItem LeaderContact(OrganisationSnapshot snapshot, StaffView leader, PersonView person, int contactDays)
    {
        if (snapshot.Index.LastTogether(leader.Id, person.Id) is { } together)
        {
            var dueOn = Later(together, contactDays);
            return new DueItem(Key(DueKind.LeaderContact, leader.Id, person.Id, dueOn), DueKind.LeaderContact, dueOn, Later(dueOn, 1), person.Id, leader.Id, null,
                $"{leader.Name} (leader) is due to spend time with {person.Name} by {Day(dueOn)}: leaders see everyone supported at least every "
                + $"{Plural(contactDays, "day")}, and they were last together on {Day(together)}.");
        }

        // Leaders here are current staff, so they have a start day.
        var started = leader.StartedOn ?? person.SupportStartedOn;
        var since = started > person.SupportStartedOn ? started : person.SupportStartedOn;
        return new DueItem(Key(DueKind.LeaderContact, leader.Id, person.Id, since), DueKind.LeaderContact, since, Later(since, 1), person.Id, leader.Id, null,
            $"{leader.Name} (leader) is due to spend time with {person.Name} at once: no time together is recorded since both were with the organisation on {Day(since)}.");
    }

    /// <summary>The day after the colleague's latest sickness ends; none while they are off sick until further notice.</summary>
    private static DueItem? ReturnToWork(StaffView colleague)
    {
        if (SickLeave.LatestSpell(colleague.AvailabilityHistory) is not { } spell)
        {
            return null;
        }

        var dueOn = spell.Until.AddDays(1);
        return new DueItem(Key(DueKind.ReturnToWork, colleague.Id, dueOn), DueKind.ReturnToWork, dueOn, Later(dueOn, 1), null, colleague.Id, null,
            $"A return-to-work conversation with {colleague.Name} is due on {Day(dueOn)}: off sick from {Day(spell.From)} to {Day(spell.Until)}.");
    }

    /// <summary>The API's name of a kind (REVIEW, INDUCTION_END, ...).</summary>
    public static string Name(DueKind kind) => kind switch
    {
        DueKind.InductionEnd => "INDUCTION_END",
        DueKind.LeaderContact => "LEADER_CONTACT",
        DueKind.ReturnToWork => "RETURN_TO_WORK",
        _ => kind.ToString().ToUpperInvariant(),
    };

    private static string Key(DueKind kind, string about, DateOnly dueOn) => $"{Name(kind)}/{about}/{Day(dueOn)}";

    private static string Key(DueKind kind, string staffId, string personId, DateOnly dueOn) => $"{Name(kind)}/{staffId}/{personId}/{Day(dueOn)}";

    private static DateOnly DayOf(MatchEvent e) => DateOnly.FromDateTime(e.At.UtcDateTime);

    /// <summary>A number of days later, stopping at the last day a date can hold (guidance figures have no upper limit).</summary>
    private static DateOnly Later(DateOnly day, int days) =>
        DateOnly.FromDayNumber((int)Math.Min((long)day.DayNumber + days, DateOnly.MaxValue.DayNumber));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
