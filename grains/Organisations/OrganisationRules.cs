namespace SupportGrains.Grains.Organisations;

/// <summary>What a new organisation and its size guidance must have, checked before anything is written.</summary>
public static class OrganisationRules
{
    public static OrganisationState Create(NewOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (organisation.FundedPosts < 0)
        {
            throw DomainException.InvalidInput($"Funded posts must be 0 or more, not {organisation.FundedPosts}.");
        }

        return new OrganisationState
        {
            Name = Require.Name(organisation.Name, "name"),
            StartedOn = Require.Day(organisation.StartedOn, "startedOn"),
            FundedPosts = organisation.FundedPosts,
            Localities = Require.Texts(organisation.Localities, "localities"),
            Guidance = Validate(organisation.Guidance),
        };
    }

    public static SizeGuidance Validate(SizeGuidance guidance)
    {
        ArgumentNullException.ThrowIfNull(guidance);
        if (guidance.FirstYearLimit < 0 || guidance.YearlyGrowthLimit < 0 || guidance.CeilingAmber < 0 || guidance.MaxTeamsPerStaff < 0 || guidance.LeaderContactDays < 0)
        {
            throw DomainException.InvalidInput("Size guidance figures must be 0 or more.");
        }

        if (guidance.CeilingRed < guidance.CeilingAmber)
        {
            throw DomainException.InvalidInput($"The red ceiling ({guidance.CeilingRed}) cannot be below the amber ceiling ({guidance.CeilingAmber}).");
        }

        return guidance;
    }

    public static OrganisationSettings Validate(OrganisationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (double.IsNaN(settings.SleepInHours) || settings.SleepInHours < 0 || settings.SleepInHours > 24)
        {
            throw DomainException.InvalidInput($"sleepInHours must be between 0 and 24, not {settings.SleepInHours}.");
        }

        if (settings.ReviewEveryWeeks is < 1 or > 52)
        {
            throw DomainException.InvalidInput($"reviewEveryWeeks must be between 1 and 52, not {settings.ReviewEveryWeeks}.");
        }

        return settings;
    }
}
