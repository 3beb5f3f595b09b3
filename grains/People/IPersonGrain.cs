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

    /// <summary>Changes the funded hours a week.</summary>
    [Alias("SetFundedHours")]
    Task<PersonView> SetFundedHoursAsync(double hoursPerWeek, ChangeContext change);

    /// <summary>Records the day support ended.</summary>
    [Alias("EndSupport")]
    Task<PersonView> EndSupportAsync(DateOnly endedOn, ChangeContext change);
}
