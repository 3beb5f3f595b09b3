using SupportGrains.Grains.Common;
using SupportGrains.Grains.Organisations;
using SupportGrains.Silo;

namespace SupportGrains.Grains.People;

/// <summary>Taking a person on: checked against the size guidance first; a RED check needs a reason, which is kept.</summary>
public static class PersonCommands
{
    public static async Task<PersonView> AddAsync(IGrainFactory grains, NewPerson person, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(person);
        await OrganisationCommands.RequireAsync(grains, person.OrganisationId);
        Require.Text(person.Name, "A person's name");
        Require.Hours(person.FundedHoursPerWeek, "Funded hours");
        var organisation = grains.GetGrain<IOrganisationGrain>(person.OrganisationId);
        var check = await organisation.SizeCheckAsync(1, person.SupportStartedOn);
        if (check.Status == CheckStatus.Red && string.IsNullOrWhiteSpace(person.SizeGuidanceOverrideReason))
        {
            var why = string.Join(" ", check.Findings.Where(f => f.Status == CheckStatus.Red).Select(f => f.Message));
            throw new DomainException(ErrorCode.SizeGuidanceRed,
                $"Taking on {person.Name.Trim()} on {person.SupportStartedOn:yyyy-MM-dd} makes the size check RED: {why} To record the decision anyway, give an overrideReason.");
        }

        var created = await grains.GetGrain<IPersonGrain>(id ?? Ids.New("p")).CreateAsync(person);
        await organisation.AddPersonAsync(created.Id);
        return created;
    }

    /// <summary>The person, or NOT_FOUND.</summary>
    public static async Task<PersonView> RequireAsync(IGrainFactory grains, string personId)
    {
        ArgumentNullException.ThrowIfNull(grains);
        return await grains.GetGrain<IPersonGrain>(personId).GetAsync() ?? throw DomainException.NotFound($"Person {personId}");
    }
}
