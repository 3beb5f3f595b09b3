namespace SupportGrains.Grains.People;

/// <summary>The sections of a one-page profile.</summary>
[GenerateSerializer]
[Alias("SupportGrains.ProfileSection")]
public enum ProfileSection
{
    /// <summary>What people like and admire about me.</summary>
    Appreciation,

    /// <summary>What is important to me.</summary>
    ImportantToMe,

    /// <summary>How best to support me.</summary>
    HowToSupportMe,

    Interests,
}
