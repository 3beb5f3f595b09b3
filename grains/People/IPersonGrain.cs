using SupportGrains.Silo;

namespace SupportGrains.Grains.People;

/// <summary>A person supported: who they are, what matters to them, their circle, who knows them.</summary>
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>Records a person taken on; refuses if this id exists already.</summary>
    Task<PersonView> CreateAsync(NewPerson person);

    /// <summary>The person, or null when there is none with this id.</summary>
    [ReadOnly]
    Task<PersonView?> GetAsync();

    /// <summary>Changes the funded hours a week.</summary>
    Task<PersonView> SetFundedHoursAsync(double hoursPerWeek);

    /// <summary>Records the day support ended.</summary>
    Task<PersonView> EndSupportAsync(DateOnly endedOn);

    /// <summary>Records that a colleague knows the person (again: updates when they were last together).</summary>
    Task<PersonView> RecordKnownByAsync(string staffId, DateOnly lastTogetherOn);
}
