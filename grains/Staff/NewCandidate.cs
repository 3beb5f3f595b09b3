namespace SupportGrains.Grains.Staff;

/// <summary>Someone interested in working with the organisation, or applying: not staff until they start employment.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.NewCandidate")]
public sealed record NewCandidate(string OrganisationId, string Name, ContactDetails Contact)
{
    /// <summary>A chosen id (sample data); otherwise one is made.</summary>
    [Id(0)]
    public string? Id { get; init; }

    /// <summary>The person they came forward for, if any.</summary>
    [Id(1)]
    public string? RecruitedForPersonId { get; init; }
}
