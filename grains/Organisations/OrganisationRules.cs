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
            Name = Require.Text(organisation.Name, "An organisation's name"),
            StartedOn = organisation.StartedOn,
            FundedPosts = organisation.FundedPosts,
            Localities = organisation.Localities.IsDefault ? [] : organisation.Localities,
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
}
