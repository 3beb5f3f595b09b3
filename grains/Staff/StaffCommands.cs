using SupportGrains.Grains.Common;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Staff;

/// <summary>A colleague joining, leaving, and changing their availability.</summary>
public static class StaffCommands
{
    public static async Task<StaffView> AddAsync(IGrainFactory grains, NewStaffMember staff, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(staff);
        await OrganisationCommands.RequireAsync(grains, staff.OrganisationId);
        if (staff.RecruitedForPersonId is { } personId)
        {
            var person = await PersonCommands.RequireAsync(grains, personId);
            if (person.OrganisationId != staff.OrganisationId)
            {
                throw DomainException.InvalidInput($"{person.Name} is supported by another organisation.");
            }
        }

        var created = await grains.GetGrain<IStaffMemberGrain>(id ?? Ids.New("s")).CreateAsync(staff);
        await grains.GetGrain<IOrganisationGrain>(staff.OrganisationId).AddStaffAsync(created.Id);
        return created;
    }

    /// <summary>The colleague, or NOT_FOUND.</summary>
    public static async Task<StaffView> RequireAsync(IGrainFactory grains, string staffId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return await grains.GetGrain<IStaffMemberGrain>(staffId).GetAsync() ?? throw DomainException.NotFound($"Staff member {staffId}");
    }

    /// <summary>Adds an availability change; without a from day it applies from today.</summary>
    public static async Task<StaffView> SetAvailabilityAsync(IGrainFactory grains, string staffId, AvailabilityStatus status, DateOnly? from, DateOnly? until, string? note, DateOnly today, DateTimeOffset now)
    {
        await RequireAsync(grains, staffId);
        var change = new AvailabilityChange(status, from ?? today, until, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), now);
        return await grains.GetGrain<IStaffMemberGrain>(staffId).SetAvailabilityAsync(change);
    }
}
