namespace SupportGrains.Grains.Due;

/// <summary>What is due (DOMAIN.md "Due dates (reminders)").</summary>
[GenerateSerializer]
[Alias("SupportGrains.DueKind")]
public enum DueKind
{
    /// <summary>A "working / not working" review of a match at INDUCTION or MATCHED.</summary>
    Review,

    /// <summary>The end of a match's induction, 3 to 6 months after it began.</summary>
    InductionEnd,

    /// <summary>A leader's time with a person supported.</summary>
    LeaderContact,

    /// <summary>A return-to-work conversation with a colleague whose sickness has ended.</summary>
    ReturnToWork,
}
