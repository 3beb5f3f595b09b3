using System.Collections.Immutable;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Knows;

public sealed class KnowsGrain([PersistentState(StorageNames.Knows, StorageNames.Default)] IPersistentState<Stored<KnowsState>> state)
    : DomainGrain<KnowsState>(state), IKnowsGrain
{
    protected override string Described => $"Organisation {Key}";

    public async Task<KnowsLink> RecordAsync(string staffId, string? personId, string? colleagueId, DateOnly lastTogetherOn, ChangeContext change)
    {
        if ((personId is null) == (colleagueId is null))
        {
            throw DomainException.InvalidInput("Give exactly one of personId or colleagueId.");
        }

        var staff = await MemberAsync(staffId);
        await (personId is not null ? PersonAsync(personId) : MemberAsync(colleagueId!));
        if (colleagueId == staffId)
        {
            throw DomainException.InvalidInput($"{staff} cannot be recorded as knowing themselves.");
        }

        Require.NotAfterToday(lastTogetherOn, Clock.Today, "lastTogetherOn");

        var current = Current ?? new KnowsState();
        if (Applied(change) is null)
        {
            current = current with { Links = KnowsLinks.Record(current.Links, staffId, personId, colleagueId, lastTogetherOn) };
            await SaveAsync(current, change);
        }

        return current.Links.First(l => l.Links(staffId, personId, colleagueId));

        async Task<string> MemberAsync(string id)
        {
            var found = await GrainFactory.GetGrain<IStaffMemberGrain>(id).GetAsync() ?? throw DomainException.NotFound($"Staff member {id}");
            return found.OrganisationId == Key ? found.Name : throw DomainException.InvalidInput($"{found.Name} belongs to another organisation.");
        }

        async Task<string> PersonAsync(string id)
        {
            var found = await GrainFactory.GetGrain<IPersonGrain>(id).GetAsync() ?? throw DomainException.NotFound($"Person {id}");
            return found.OrganisationId == Key ? found.Name : throw DomainException.InvalidInput($"{found.Name} is supported by another organisation.");
        }
    }

    public Task<ImmutableArray<KnowsLink>> LinksAsync() => Task.FromResult(Current?.Links ?? []);

    protected override string AuditOrganisation(KnowsState state) => Key;

    protected override (ImmutableArray<string> People, ImmutableArray<string> Staff) AuditSubjects(KnowsState? before, KnowsState after)
    {
        var changed = Changed(before, after);
        return ([.. changed.Select(l => l.PersonId).OfType<string>()], [.. changed.SelectMany(l => new[] { l.StaffId, l.ColleagueId }).OfType<string>().Distinct()]);
    }

    // The organisation's links are many; the entry keeps the one the change touched.
    protected override (object? Before, object? After) AuditValues(KnowsState? before, KnowsState after)
    {
        var changed = Changed(before, after);
        return (before?.Links.Where(l => changed.Any(c => c.Links(l.StaffId, l.PersonId, l.ColleagueId))).ToArray(), changed);
    }

    private static KnowsLink[] Changed(KnowsState? before, KnowsState after) => [.. after.Links.Where(l => before is null || !before.Links.Contains(l))];

    protected override Task ChangedAsync(KnowsState saved) => TellOrganisationAsync(Key);
}
