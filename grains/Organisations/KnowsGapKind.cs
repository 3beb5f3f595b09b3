namespace SupportGrains.Grains.Organisations;

/// <summary>Why two people who should know each other show up as a gap.</summary>
[GenerateSerializer]
[Alias("SupportGrains.KnowsGapKind")]
public enum KnowsGapKind
{
    /// <summary>They do not know each other.</summary>
    DoesNotKnow,

    /// <summary>A leader knows the person but their last time together is longer ago than the guidance allows.</summary>
    NotRecentlyTogether,

    /// <summary>A leader knows the person (through a team) but no time together has been recorded.</summary>
    NoTimeTogetherRecorded,
}
