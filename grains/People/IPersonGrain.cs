using System.Collections.Immutable;

namespace SupportGrains.Grains.People;

/// <summary>A person supported: who they are, what matters to them, their circle, their funded hours.</summary>
[Alias("SupportGrains.IPersonGrain")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Records a person the organisation takes on (the organisation calls this after its size check); refuses if this id exists already.</summary>
    [Alias("Create")]
    Task<PersonView> CreateAsync(NewPerson person, ChangeContext change);

    /// <summary>The person, or null when there is none with this id.</summary>
    [ReadOnly, Alias("Get")]
    Task<PersonView?> GetAsync();

    /// <summary>Changes the funded hours a week (and the support ratio, if given) from a day (today when none is given); earlier figures are kept.</summary>
    [Alias("SetFundedHours")]
    Task<PersonView> SetFundedHoursAsync(double hoursPerWeek, int? supportRatio, DateOnly? from, ChangeContext change);

    /// <summary>Records the day support ended.</summary>
    [Alias("EndSupport")]
    Task<PersonView> EndSupportAsync(DateOnly endedOn, ChangeContext change);

    /// <summary>Replaces one section of the one-page profile; the change is kept in the history.</summary>
    [Alias("SetProfileSection")]
    Task<PersonView> SetProfileSectionAsync(ProfileSection section, ImmutableArray<string> items, ChangeContext change);

    /// <summary>Adds someone to the relationship circle.</summary>
    [Alias("AddRelationship")]
    Task<PersonView> AddRelationshipAsync(Relationship relationship, ChangeContext change);

    /// <summary>Changes someone in the circle: their name, the kind of relationship, or their ring (closeness).</summary>
    [Alias("ChangeRelationship")]
    Task<PersonView> ChangeRelationshipAsync(string relationshipId, string? name, RelationshipKind? kind, int? closeness, ChangeContext change);

    /// <summary>Takes someone out of the circle; the history keeps who they were.</summary>
    [Alias("RemoveRelationship")]
    Task<PersonView> RemoveRelationshipAsync(string relationshipId, string? reason, ChangeContext change);
}
