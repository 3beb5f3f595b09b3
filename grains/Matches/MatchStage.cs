namespace SupportGrains.Grains.Matches;

/// <summary>The stages of a match between a colleague (or candidate) and a person, in order.</summary>
[GenerateSerializer]
[Alias("SupportGrains.MatchStage")]
public enum MatchStage
{
    Interested,
    Applied,
    OrganisationInterview,
    PersonInterview,
    Offered,
    Induction,
    Matched,
    Ended,
}
