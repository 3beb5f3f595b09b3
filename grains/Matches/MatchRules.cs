namespace SupportGrains.Grains.Matches;

/// <summary>
/// DOMAIN.md "Match stages": stages only move forward (skipping forward is allowed), ENDED only
/// through ending with a reason, nothing leaves ENDED; shadow shifts only during INDUCTION;
/// hours only at INDUCTION or MATCHED. Each decision returns the next match or refuses.
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

        return new Match(id, organisationId, personId, match.StaffId, match.Stage, [new MatchEvent(match.Stage, at, Require.OptionalText(match.Note))], [], 0, 0, null);
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

        return match with { Stage = to, History = match.History.Add(new MatchEvent(to, at, Require.OptionalText(note))) };
    }

    public static Match End(Match match, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(match);
        var why = Require.Text(reason, $"The reason for ending match {match.Id}");
        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is already ENDED ({match.EndedReason}).");
        }

        return match with { Stage = MatchStage.Ended, EndedReason = why, HoursPerWeek = 0, History = match.History.Add(new MatchEvent(MatchStage.Ended, at, why)) };
    }

    public static Match RecordShadowShift(Match match)
    {
        ArgumentNullException.ThrowIfNull(match);
        if (match.Stage != MatchStage.Induction)
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is at {Name(match.Stage)}; shadow shifts are recorded only during INDUCTION.");
        }

        return match with { ShadowShifts = match.ShadowShifts + 1 };
    }

    public static Match AllocateHours(Match match, double hoursPerWeek)
    {
        ArgumentNullException.ThrowIfNull(match);
        Require.Hours(hoursPerWeek, $"Hours for match {match.Id}");
        if (match.Stage is not (MatchStage.Induction or MatchStage.Matched))
        {
            throw DomainException.InvalidTransition($"Match {match.Id} is at {Name(match.Stage)}; hours are allocated only at INDUCTION or MATCHED.");
        }

        return match with { HoursPerWeek = hoursPerWeek };
    }

    public static Match Review(Match match, MatchReview review)
    {
        ArgumentNullException.ThrowIfNull(match);
        return match with { Reviews = match.Reviews.Add(review) };
    }

    /// <summary>The stage as the API names it (MATCHED, PERSON_INTERVIEW, ...).</summary>
    public static string Name(MatchStage stage) => stage switch
    {
        MatchStage.OrganisationInterview => "ORGANISATION_INTERVIEW",
        MatchStage.PersonInterview => "PERSON_INTERVIEW",
        _ => stage.ToString().ToUpperInvariant(),
    };
}
