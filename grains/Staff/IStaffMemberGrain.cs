namespace SupportGrains.Grains.Staff;

/// <summary>A staff member (colleague) of a Small Supports organisation, or a candidate who may become one: their employment and their availability.</summary>
[Alias("SupportGrains.IStaffMemberGrain")]
public interface IStaffMemberGrain : IGrainWithStringKey
{
    /// <summary>Records a new colleague (the organisation calls this); refuses if this id exists already.</summary>
    [Alias("Create")]
    Task<StaffView> CreateAsync(NewStaffMember staff, ChangeContext change);

    /// <summary>Records a candidate (the organisation calls this); refuses if this id exists already.</summary>
    [Alias("CreateCandidate")]
    Task<StaffView> CreateCandidateAsync(NewCandidate candidate, ChangeContext change);

    /// <summary>The colleague or candidate, or null when there is none with this id.</summary>
    [ReadOnly, Alias("Get")]
    Task<StaffView?> GetAsync();

    /// <summary>A candidate starts employment and becomes a colleague, with the same id and history.</summary>
    [Alias("StartEmployment")]
    Task<StaffView> StartEmploymentAsync(Employment employment, ChangeContext change);

    /// <summary>Records that the colleague leaves (or left) on a day, with a reason.</summary>
    [Alias("Leave")]
    Task<StaffView> LeaveAsync(DateOnly leftOn, string? reason, ChangeContext change);

    /// <summary>Adds a change of availability (from today when no from day is given); the history keeps every change.</summary>
    [Alias("SetAvailability")]
    Task<StaffView> SetAvailabilityAsync(AvailabilityStatus status, DateOnly? from, DateOnly? until, string? note, ChangeContext change);
}
