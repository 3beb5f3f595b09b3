using System.Diagnostics;
using Orleans;
using SupportGrains.Grains.Due;
using SupportGrains.Grains.Knows;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;
using SupportGrains.Grains.Teams;
using Xunit.Abstractions;

namespace SupportGrains.Api.Tests.Cluster;

/// <summary>
/// Two silo processes and the app as their client, on PostgreSQL (README "More than one machine"):
/// a silo killed outright takes nothing acknowledged with it, and its grains start again on the other.
/// </summary>
[Collection(SeparateProcesses.Name)]
public sealed class FailoverTests(ITestOutputHelper output)
{
    // Orleans' default probe timeout (5 s) is for real networks; a shorter one declares the killed silo
    // dead a few seconds sooner. Set through Cluster:Membership:*, as an operator would.
    private static readonly Dictionary<string, string> QuickMembership = new()
    {
        ["Cluster__Membership__ProbeTimeout"] = "00:00:02",
    };

    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    private readonly Stopwatch _clock = Stopwatch.StartNew();

    [Fact]
    public async Task Killing_the_silo_of_the_organisation_loses_no_acknowledged_change_and_the_other_silo_takes_its_grains()
    {
        await using var cluster = await ProcessCluster.StartAsync(QuickMembership, Log);
        try
        {
            await KillAndRecoverAsync(cluster);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException($"{e.Message}\n\nWhat the processes wrote:{cluster.Output()}", e);
        }
    }

    private async Task KillAndRecoverAsync(ProcessCluster cluster)
    {
        var api = await cluster.SignInAsync();
        var organisation = await BuildAsync(await OrganisationOnRecord.CreateAsync(api));
        Assert.Null(await organisation.ProblemAsync());
        Log($"{organisation.Acknowledged} changes acknowledged");

        var grains = Grains(cluster.Grains, organisation);
        var victim = await cluster.HostOfAsync(cluster.Grains.GetGrain<IOrganisationGrain>(organisation.Id))
            ?? throw new InvalidOperationException("The organisation's grain is not active on any silo.");
        var survivor = cluster.Silos.Single(s => s != victim);
        var onVictim = new List<(string Name, IAddressable Grain)>();
        foreach (var grain in grains)
        {
            if (await cluster.HostOfAsync(grain.Grain) == victim)
            {
                onVictim.Add(grain);
            }
        }

        Assert.True(await cluster.Grains.GetGrain<IDueGrain>(organisation.Id).HasReminderAsync(), "The organisation has its daily reminder before the kill.");
        Log($"{victim} holds the organisation and {onVictim.Count} of {grains.Count} of its grains; killing it");

        // A change on its way as the silo dies: not acknowledged until it gets through; sent again with
        // the same clientMutationId until it is, it must land exactly once.
        var retried = Eventually.Async("a person added as the silo died", Recovery, async () =>
        {
            await organisation.AddPersonAsync("Noor", "failover-in-flight");
            return null;
        });
        await victim.Process.KillAsync();
        var killed = Stopwatch.StartNew();

        await Eventually.Async("the killed silo out of the membership", Recovery, async () =>
            await cluster.ActiveSilosAsync() is [var only] && only == survivor ? null : "both still active");
        Log($"membership counts only {survivor}, {killed.Elapsed.TotalSeconds:0.0} s after the kill");
        await retried;
        Log($"the change sent as the silo died acknowledged, {killed.Elapsed.TotalSeconds:0.0} s after the kill");
        await Eventually.Async("every acknowledged change answered", Recovery, organisation.ProblemAsync);
        Log($"every acknowledged change answered, {killed.Elapsed.TotalSeconds:0.0} s after the kill");

        foreach (var (name, grain) in onVictim)
        {
            Assert.True(await cluster.HostOfAsync(grain) == survivor, $"{name} lived on {victim} and should be active again on {survivor}.");
        }

        Assert.True(await cluster.Grains.GetGrain<IDueGrain>(organisation.Id).HasReminderAsync(), "The daily reminder answers from the surviving silo.");

        // The cluster of one still takes changes, to grains that lived on either silo.
        var uma = await organisation.AddPersonAsync("Uma");
        var gil = await organisation.AddStaffMemberAsync("Gil");
        await organisation.StartMatchAsync(uma, gil);
        await organisation.KnowsPersonAsync(gil, organisation.PersonIds.First());
        await organisation.SetAvailabilityAsync(gil, "ON_LEAVE");
        await organisation.AdvanceMatchAsync(organisation.MatchIds.First(), "ORGANISATION_INTERVIEW");
        Assert.Null(await organisation.ProblemAsync());
        Assert.Equal("Healthy", await cluster.HealthAsync());
        Assert.False(survivor.Process.HasExited || cluster.Api.HasExited, "The surviving silo and the app are still running.");
        Log($"{organisation.Acknowledged} changes acknowledged in all, every one answered");
    }

    /// <summary>An organisation with people, colleagues, matches at several stages, knows links and availability.</summary>
    private static async Task<OrganisationOnRecord> BuildAsync(OrganisationOnRecord organisation)
    {
        var people = new List<string>();
        foreach (var name in new[] { "Sam", "Ali", "Jo", "Kim", "Ray" })
        {
            people.Add(await organisation.AddPersonAsync(name));
        }

        var leader = await organisation.AddStaffMemberAsync("Pat", isLeader: true);
        var staff = new List<string>();
        foreach (var name in new[] { "Alex", "Bo", "Cy", "Dee", "Eli", "Fay" })
        {
            staff.Add(await organisation.AddStaffMemberAsync(name));
        }

        var matches = new List<string>();
        for (var i = 0; i < people.Count; i++)
        {
            matches.Add(await organisation.StartMatchAsync(people[i], staff[i]));
        }

        matches.Add(await organisation.StartMatchAsync(people[0], staff[5]));
        matches.Add(await organisation.StartMatchAsync(people[1], staff[4]));
        foreach (var match in matches.Take(4))
        {
            await organisation.AdvanceMatchAsync(match, "APPLIED");
        }

        foreach (var person in people)
        {
            await organisation.KnowsPersonAsync(leader, person);
        }

        await organisation.KnowsPersonAsync(staff[3], people[4]);
        await organisation.KnowsColleagueAsync(staff[0], staff[1]);
        await organisation.KnowsColleagueAsync(staff[2], leader);
        await organisation.SetAvailabilityAsync(staff[0], "ON_LEAVE");
        await organisation.SetAvailabilityAsync(staff[1], "OFF_SICK");
        await organisation.SetAvailabilityAsync(staff[2], "ON_LEAVE");
        await organisation.SetAvailabilityAsync(staff[2], "UNAVAILABLE");
        return organisation;
    }

    /// <summary>The organisation's grains the API reads when it answers for it.</summary>
    private static List<(string Name, IAddressable Grain)> Grains(IGrainFactory grains, OrganisationOnRecord organisation) =>
    [
        ($"organisation {organisation.Id}", grains.GetGrain<IOrganisationGrain>(organisation.Id)),
        ($"knows of {organisation.Id}", grains.GetGrain<IKnowsGrain>(organisation.Id)),
        .. organisation.PersonIds.Select(id => ($"person {id}", (IAddressable)grains.GetGrain<IPersonGrain>(id))),
        .. organisation.PersonIds.Select(id => ($"team of {id}", (IAddressable)grains.GetGrain<ITeamGrain>(id))),
        .. organisation.StaffIds.Select(id => ($"colleague {id}", (IAddressable)grains.GetGrain<IStaffMemberGrain>(id))),
    ];

    private void Log(string message) => output.WriteLine($"{_clock.Elapsed.TotalSeconds,5:0.0} s  {message}");
}
