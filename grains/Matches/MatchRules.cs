using SupportGrains.Grains.Common;

namespace SupportGrains.Grains.Matches;

/// <summary>
/// DOMAIN.md "Match stages": stages only move forward (skipping forward is allowed), ENDED only
/// through ending with a reason, nothing leaves ENDED; shadow shifts only during INDUCTION;
/// hours only at INDUCTION or MATCHED. Each decision returns the next state or refuses.
/// </summary>
public static class MatchRules
{
    public static MatchState Start(NewMatch match, DateTimeOffset at)
    {
        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition("A match cannot start ENDED: start it at an earlier stage and end it with a reason.");
        }

        return new MatchState
        {
            Exists = true,
            OrganisationId = match.OrganisationId,
            PersonId = match.PersonId,
            StaffId = match.StaffId,
            Stage = match.Stage,
            History = [new MatchEvent(match.Stage, at, match.Note)],
        };
    }

    public static MatchState Advance(MatchState match, string matchName, MatchStage to, string? note, DateTimeOffset at)
    {
        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition($"Match {matchName} is ENDED; an ended match cannot move to {Name(to)}.");
        }

        if (to == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition($"Match {matchName} can only be ENDED with endMatch, which records the reason.");
        }

        if (to <= match.Stage)
        {
            throw DomainException.InvalidTransition($"Match {matchName} is at {Name(match.Stage)}; it can only move forward, not to {Name(to)}.");
        }

        return match with { Stage = to, History = match.History.Add(new MatchEvent(to, at, note)) };
    }

    public static MatchState End(MatchState match, string matchName, string? reason, DateTimeOffset at)
    {
        var why = Require.Text(reason, $"The reason for ending match {matchName}");
        if (match.Stage == MatchStage.Ended)
        {
            throw DomainException.InvalidTransition($"Match {matchName} is already ENDED ({match.EndedReason}).");
        }

        return match with { Stage = MatchStage.Ended, EndedReason = why, HoursPerWeek = 0, History = match.History.Add(new MatchEvent(MatchStage.Ended, at, why)) };
    }

    public static MatchState RecordShadowShift(MatchState match, string matchName)
    {
        if (match.Stage != MatchStage.Induction)
        {
            throw DomainException.InvalidTransition($"Match {matchName} is at {Name(match.Stage)}; shadow shifts are recorded only during INDUCTION.");
        }

        return match with { ShadowShifts = match.ShadowShifts + 1 };
    }

    public static MatchState AllocateHours(MatchState match, string matchName, double hoursPerWeek)
    {
        Require.Hours(hoursPerWeek, $"Hours for match {matchName}");
        if (match.Stage is not (MatchStage.Induction or MatchStage.Matched))
        {
            throw DomainException.InvalidTransition($"Match {matchName} is at {Name(match.Stage)}; hours are allocated only at INDUCTION or MATCHED.");
        }

        return match with { HoursPerWeek = hoursPerWeek };
    }

    public static MatchState Review(MatchState match, MatchReview review) => match with { Reviews = match.Reviews.Add(review) };

    /// <summary>The stage as the API names it (MATCHED, PERSON_INTERVIEW, ...).</summary>
    public static string Name(MatchStage stage) => stage switch
    {
        MatchStage.OrganisationInterview => "ORGANISATION_INTERVIEW",
        MatchStage.PersonInterview => "PERSON_INTERVIEW",
        _ => stage.ToString().ToUpperInvariant(),
    };
}
