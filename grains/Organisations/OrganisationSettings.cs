namespace SupportGrains.Grains.Organisations;

/// <summary>How an organisation runs its rota and reviews (DOMAIN.md "Rota", "Due dates"); each organisation may change them.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.OrganisationSettings")]
public sealed record OrganisationSettings
{
    /// <summary>Hours a SLEEP_IN shift counts toward rostered hours: it covers the night but, by default, is not support time.</summary>
    [Id(0)]
    public double SleepInHours { get; init; }

    /// <summary>Weeks between reviews of a match at INDUCTION or MATCHED.</summary>
    [Id(1)]
    public int ReviewEveryWeeks { get; init; } = 4;

    public static OrganisationSettings Default { get; } = new();
}
