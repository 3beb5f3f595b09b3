using SupportGrains.Silo;

namespace SupportGrains.Grains.Staff;

/// <summary>A staff member (colleague) of a Small Supports organisation: availability, who they know, their matches.</summary>
public interface IStaffMemberGrain : IGrainWithStringKey
{
    /// <summary>Records a new colleague; refuses if this id exists already.</summary>
    Task<StaffView> CreateAsync(NewStaffMember staff);

    /// <summary>The colleague, or null when there is none with this id.</summary>
    [ReadOnly]
    Task<StaffView?> GetAsync();

    /// <summary>Records that the colleague leaves (or left) on a day, with a reason.</summary>
    Task<StaffView> LeaveAsync(DateOnly leftOn, string? reason);

    /// <summary>Adds a change of availability; the history keeps every change.</summary>
    Task<StaffView> SetAvailabilityAsync(AvailabilityChange change);

    /// <summary>Records that the colleague knows a person supported (again: updates when they were last together).</summary>
    Task<StaffView> RecordKnowsPersonAsync(string personId, DateOnly lastTogetherOn);

    /// <summary>Records that the colleague knows another colleague.</summary>
    Task<StaffView> RecordKnowsColleagueAsync(string staffId, DateOnly lastTogetherOn);

    /// <summary>Links a match (of any stage) to the colleague.</summary>
    Task AddMatchAsync(string matchId);
}
