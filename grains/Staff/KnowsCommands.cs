using SupportGrains.Grains.Common;
using SupportGrains.Grains.People;
using SupportGrains.Silo;

namespace SupportGrains.Grains.Staff;

/// <summary>Recording who knows whom, on both sides.</summary>
public static class KnowsCommands
{
    /// <summary>A colleague knows a person, or another colleague: exactly one of <paramref name="personId"/> and <paramref name="colleagueId"/>.</summary>
    public static async Task<StaffView> RecordAsync(IGrainFactory grains, string staffId, string? personId, string? colleagueId, DateOnly lastTogetherOn)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if ((personId is null) == (colleagueId is null))
        {
            throw DomainException.InvalidInput("Give exactly one of personId or colleagueId.");
        }

        var staff = await StaffCommands.RequireAsync(grains, staffId);
        if (personId is not null)
        {
            var person = await PersonCommands.RequireAsync(grains, personId);
            SameOrganisation(staff.OrganisationId, person.OrganisationId, $"{staff.Name} and {person.Name}");
            var view = await grains.GetGrain<IStaffMemberGrain>(staffId).RecordKnowsPersonAsync(personId, lastTogetherOn);
            await grains.GetGrain<IPersonGrain>(personId).RecordKnownByAsync(staffId, lastTogetherOn);
            return view;
        }

        if (colleagueId == staffId)
        {
            throw DomainException.InvalidInput($"{staff.Name} cannot be recorded as knowing themselves.");
        }

        var colleague = await StaffCommands.RequireAsync(grains, colleagueId!);
        SameOrganisation(staff.OrganisationId, colleague.OrganisationId, $"{staff.Name} and {colleague.Name}");
        var result = await grains.GetGrain<IStaffMemberGrain>(staffId).RecordKnowsColleagueAsync(colleagueId!, lastTogetherOn);
        await grains.GetGrain<IStaffMemberGrain>(colleagueId!).RecordKnowsColleagueAsync(staffId, lastTogetherOn);
        return result;
    }

    private static void SameOrganisation(string a, string b, string who)
    {
        if (a != b)
        {
            throw DomainException.InvalidInput($"{who} belong to different organisations.");
        }
    }
}
