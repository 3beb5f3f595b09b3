using System.Globalization;
using System.Text.Json.Nodes;

namespace SupportGrains.Reliability.Tests.Crashes;

/// <summary>
/// What one client of the crash run asks for next, from what it knows of its own part of the
/// organisation: it takes people on and colleagues, starts matches and moves them forward (and now
/// and then asks for what the rules forbid: a step back, hours before induction), allocates hours,
/// reviews, records shadow shifts, knows links, availability, funded hours and profiles, and adds and
/// assigns rota shifts. Every change carries its own clientMutationId and a marker (its key in a note,
/// a name, a review, or hours of its own) by which it is found and counted afterwards.
/// </summary>
public sealed partial class CrashWorkload(int client, string organisationId, DateOnly today, DateOnly week, Random random)
{
    public const int PeoplePerClient = 5;
    public const int StaffPerClient = 8;

    private static readonly string[] Stages = ["INTERESTED", "APPLIED", "ORGANISATION_INTERVIEW", "PERSON_INTERVIEW", "OFFERED", "INDUCTION", "MATCHED"];
    private static readonly string[] Statuses = ["ON_LEAVE", "OFF_SICK", "UNAVAILABLE", "AVAILABLE"];
    private static readonly (string Start, string End, string Kind)[] Slots = [("08:00", "14:00", "DAY"), ("14:00", "20:00", "DAY"), ("20:00", "08:00", "WAKING_NIGHT")];

    private readonly List<string> _people = [];
    private readonly List<string> _staff = [];
    private readonly Dictionary<string, OwnMatch> _matches = [];
    private readonly HashSet<(string PersonId, string StaffId)> _pairs = [];
    private readonly Dictionary<string, string?> _shifts = [];
    private readonly Dictionary<string, int> _allocations = [];
    private readonly Dictionary<string, int> _fundedChanges = [];
    private int _number;

    /// <summary>The next change, chosen at random (by weight) among those that make sense now.</summary>
    public Mutation Next()
    {
        var choices = new List<(int Weight, Func<Mutation> Make)>();
        if (_people.Count < PeoplePerClient)
        {
            choices.Add((8, AddPerson));
        }

        if (_staff.Count < StaffPerClient)
        {
            choices.Add((8, AddStaffMember));
        }

        var open = _matches.Where(m => m.Value.Stage != "ENDED").ToList();
        var members = open.Where(m => m.Value.Stage is "INDUCTION" or "MATCHED").ToList();
        if (_people.SelectMany(p => _staff.Select(s => (p, s))).Any(pair => !_pairs.Contains(pair)))
        {
            choices.Add((6, StartMatch));
        }

        if (open.Any(m => m.Value.Stage != "MATCHED"))
        {
            choices.Add((7, AdvanceMatch));
        }

        if (open.Count > 0)
        {
            choices.Add((1, () => EndMatch(Pick(open).Key)));
            choices.Add((3, () => ReviewMatch(Pick(open).Key)));
            choices.Add((1, () => StepBack(Pick(open).Key)));
        }

        if (members.Count > 0)
        {
            choices.Add((4, () => AllocateHours(Pick(members).Key)));
        }

        if (open.Any(m => Rank(m.Value.Stage) < Rank("INDUCTION")))
        {
            choices.Add((1, HoursBeforeInduction));
        }

        if (open.Any(m => m.Value.Stage == "INDUCTION"))
        {
            choices.Add((3, RecordShadowShift));
        }

        if (_staff.Count > 0 && (_people.Count > 0 || _staff.Count > 1))
        {
            choices.Add((3, RecordKnows));
        }

        if (_staff.Count > 0)
        {
            choices.Add((3, SetAvailability));
        }

        if (_people.Count > 0)
        {
            choices.Add((2, SetFundedHours));
            choices.Add((2, SetProfileSection));
        }

        if (_people.Any(p => Matched(p).Count > 0))
        {
            choices.Add((3, AddShift));
        }

        if (_shifts.Count > 0)
        {
            choices.Add((2, AssignShift));
        }

        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, make) in choices)
        {
            if (roll < weight)
            {
                return make();
            }

            roll -= weight;
        }

        throw new InvalidOperationException("No change to choose.");
    }

    private string NewKey() => $"c{client}-{++_number:D6}";

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The colleagues whose match with the person is MATCHED (they can be rostered, and shadowed).</summary>
    private List<string> Matched(string personId) =>
        [.. _matches.Values.Where(m => m.PersonId == personId && m.Stage == "MATCHED").Select(m => m.StaffId)];

    private static int Rank(string stage) => Array.IndexOf(Stages, stage);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Id(JsonNode result) => result["id"]!.GetValue<string>();

    private sealed class OwnMatch(string personId, string staffId, string stage)
    {
        public string PersonId { get; } = personId;

        public string StaffId { get; } = staffId;

        public string Stage { get; set; } = stage;
    }
}
