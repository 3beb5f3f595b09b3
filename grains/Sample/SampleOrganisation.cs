using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.Organisations;
using SupportGrains.Grains.People;
using SupportGrains.Grains.Staff;

namespace SupportGrains.Grains.Sample;

/// <summary>
/// A realistic fictional Small Supports organisation (19 people supported, 79 staff by default,
/// the size of the organisations in the sources): teams at every match stage, leaders who know
/// most but not all people, availability and sickness, leavers, funded hours partly uncovered.
/// Deterministic for a seed and a "today"; bigger ones are built the same way for benchmarks.
/// </summary>
public static partial class SampleOrganisation
{
    public const string DefaultId = "org-northfield";
    public const string SamId = "p-sam";

    public static SamplePlan Build(DateOnly today, int peopleCount = 19, int staffCount = 79, int seed = 7, string organisationId = DefaultId, string name = "Northfield Small Supports")
    {
        var random = new Random(seed);
        var started = today.AddYears(-4).AddDays(-random.Next(0, 120));
        var organisation = new NewOrganisation(name, started, FundedPosts: (int)Math.Round(staffCount * 0.85))
        {
            Localities = ["Northfield", "Riverside"],
        };

        var people = BuildPeople(random, today, started, peopleCount, organisationId);
        var staff = BuildStaff(random, today, started, staffCount, people, organisationId);
        var matches = BuildMatches(random, today, people, staff, organisationId);
        var knows = BuildKnows(random, today, people, staff, matches);
        var availability = BuildAvailability(random, today, staff);
        return new SamplePlan(organisationId, organisation, [.. people], [.. staff], [.. matches], [.. knows], [.. availability])
        {
            Today = today,
            TeamLeaders = BuildTeamLeaders(people, staff),
            Rota = BuildRota(today, matches, availability, organisationId),
        };
    }

    private static List<SamplePerson> BuildPeople(Random random, DateOnly today, DateOnly started, int count, string organisationId)
    {
        var people = new List<SamplePerson>();
        var span = today.DayNumber - started.DayNumber;
        for (var i = 0; i < count + 1; i++)
        {
            // The first five in the first year (the guidance), the rest spread over the years since.
            // The one whose support has ended came in the second year.
            var offset = i == count ? 500 : i < 5 ? 20 + (i * 60) : 380 + (int)((span - 420.0) * (i - 5) / Math.Max(1, count - 5));
            var startedOn = started.AddDays(Math.Min(offset, span - 10));
            var (first, last) = PersonName(i);
            var id = i == 0 && organisationId == DefaultId ? SamId : $"p-{organisationId[4..]}-{i:D3}";
            var funded = i % 5 == 0 ? 112 : 56 + (random.Next(0, 5) * 14);
            var person = new NewPerson(organisationId, $"{first} {last}", startedOn, funded)
            {
                SupportRatio = funded >= 112 ? 2 : 1,
                SupportRatioNote = funded >= 112 ? "2:1 when out in the community" : null,
                Profile = Profile(random, first, i),
                Relationships = Circle(random, i),
            };
            var endedOn = i == count ? today.AddDays(-180) : (DateOnly?)null;
            people.Add(new SamplePerson(id, person, endedOn));
        }

        // Past the red ceiling (only the bench's larger organisations get there) the board recorded why.
        return [.. people.OrderBy(p => p.Person.SupportStartedOn).Select((p, position) => position < SizeGuidance.Default.CeilingRed ? p : p with
        {
            Person = p.Person with { SizeGuidanceOverrideReason = "Supported in a second locality with its own leaders; the board reviewed the size guidance and recorded the decision." },
        })];
    }

    private static List<SampleStaff> BuildStaff(Random random, DateOnly today, DateOnly started, int count, List<SamplePerson> people, string organisationId)
    {
        var staff = new List<SampleStaff>();
        var span = today.DayNumber - started.DayNumber;
        for (var i = 0; i < count; i++)
        {
            var (role, leader) = i switch
            {
                0 => ("Director", true),
                1 => ("Service leader", true),
                2 or 3 => ("Team leader", true),
                _ when i % 9 == 4 => ("Senior support worker", false),
                _ => ("Support worker", false),
            };
            var contract = i switch
            {
                _ when i % 17 == 16 => ContractType.Bank,
                _ when i % 23 == 22 => ContractType.Agency,
                _ when i % 11 == 10 => ContractType.Temporary,
                _ => ContractType.Permanent,
            };
            var startedOn = i < 4 ? started.AddDays(-30 + (i * 7)) : started.AddDays(random.Next(0, Math.Max(1, span - 60)));
            var recruitedFor = i >= 4 && people.Count > 0 ? people[(i - 4) % people.Count].Id : null;
            var hours = contract is ContractType.Bank or ContractType.Agency ? 0 : role == "Director" ? 37.5 : 22.5 + (random.Next(0, 4) * 5);
            var (first, last) = StaffName(i);
            var member = new NewStaffMember(organisationId, $"{first} {last}", role, leader, contract, startedOn, hours, recruitedFor, [.. StaffInterests(random)]);

            // About one in eight has left: most in the last year, a few before.
            DateOnly? leftOn = null;
            string? reason = null;
            if (i >= 4 && i % 8 == 5)
            {
                leftOn = today.AddDays(-random.Next(10, i % 16 == 5 ? 700 : 330));
                if (leftOn <= startedOn)
                {
                    leftOn = startedOn.AddDays(90);
                }

                reason = LeavingReasons[random.Next(LeavingReasons.Length)];
            }

            staff.Add(new SampleStaff($"s-{organisationId[4..]}-{i:D3}", member, leftOn, reason));
        }

        return staff;
    }

    private static List<SampleMatch> BuildMatches(Random random, DateOnly today, List<SamplePerson> people, List<SampleStaff> staff, string organisationId)
    {
        var matches = new List<SampleMatch>();
        var current = staff.Where(s => s.LeftOn is null && !s.Staff.IsLeader).ToList();
        var leavers = staff.Where(s => s.LeftOn is not null).ToList();
        var teams = new Dictionary<string, int>();
        var next = 0;

        foreach (var (person, index) in people.Where(p => p.EndedOn is null).Select((p, i) => (p, i)))
        {
            // Most teams are four to five matched colleagues; a few are short, leaving funded hours uncovered.
            // Enough colleagues to cover the funded hours within their contracts (about 16 hours each, most colleagues being in two teams); a few
            // teams are short, leaving funded hours uncovered.
            var size = index % 6 == 3 ? 2 : Math.Max(4, (int)Math.Ceiling(person.Person.FundedHoursPerWeek / 16)) + (index % 2);
            for (int k = 0, tries = 0; k < size && tries < current.Count; tries++)
            {
                var colleague = current[next++ % current.Count];
                if (teams.GetValueOrDefault(colleague.Id) >= 2 || matches.Any(m => m.PersonId == person.Id && m.StaffId == colleague.Id))
                {
                    continue;
                }

                teams[colleague.Id] = teams.GetValueOrDefault(colleague.Id) + 1;
                var hours = Math.Round(person.Person.FundedHoursPerWeek / Math.Max(size, 1) * (index % 6 == 3 ? 0.7 : 1.35), 1);
                var reviews = k == 0 ? Reviews(random, today, person.Person.Name.Split(' ')[0], colleague.Staff.Name.Split(' ')[0], person.Id == SamId) : [];
                matches.Add(new SampleMatch(person.Id, colleague.Id, [.. ForwardTo(MatchStage.Matched)], 6, hours, reviews, null));
                k++;
            }

            // Someone new in induction in some teams, candidates earlier on in others.
            var stage = (index % 7) switch
            {
                0 => MatchStage.Induction,
                1 => MatchStage.Interested,
                2 => MatchStage.Applied,
                3 => MatchStage.OrganisationInterview,
                4 => MatchStage.PersonInterview,
                5 => MatchStage.Offered,
                _ => MatchStage.Induction,
            };
            var newcomer = current[next++ % current.Count];
            if (teams.GetValueOrDefault(newcomer.Id) < 2 && !matches.Any(m => m.PersonId == person.Id && m.StaffId == newcomer.Id))
            {
                teams[newcomer.Id] = teams.GetValueOrDefault(newcomer.Id) + (stage == MatchStage.Induction ? 1 : 0);
                matches.Add(new SampleMatch(person.Id, newcomer.Id, [.. ForwardTo(stage)], stage == MatchStage.Induction ? random.Next(1, 5) : 0,
                    stage == MatchStage.Induction ? 10 : 0, [], null));
            }
        }

        // One colleague has been asked into a third team: the size check notices.
        var stretched = current[0];
        var third = people.Where(p => p.EndedOn is null).LastOrDefault(p => !matches.Any(m => m.PersonId == p.Id && m.StaffId == stretched.Id));
        if (third is not null && teams.GetValueOrDefault(stretched.Id) >= 2)
        {
            matches.Add(new SampleMatch(third.Id, stretched.Id, [.. ForwardTo(MatchStage.Matched)], 6, 6, [], null));
        }

        // Matches that ended, with the reason recorded; the search went on.
        for (var i = 0; i < Math.Min(6, leavers.Count); i++)
        {
            var person = people[(i * 3) % people.Count];
            matches.Add(new SampleMatch(person.Id, leavers[i].Id, [.. ForwardTo(i % 2 == 0 ? MatchStage.Matched : MatchStage.Induction)], i % 2 == 0 ? 6 : 2, 0, [],
                EndedReasons[i % EndedReasons.Length]));
        }

        return FitContracts(matches, staff);
    }

    /// <summary>
    /// Each colleague's hours across their teams fit their contract (the one stretched into a third team
    /// is the exception the size check notices); bank and agency staff have no contract to fit.
    /// </summary>
    private static List<SampleMatch> FitContracts(List<SampleMatch> matches, List<SampleStaff> staff)
    {
        var contracts = staff.ToDictionary(s => s.Id, s => s.Staff);
        var teams = matches.Where(m => m.EndedReason is null && m.HoursPerWeek > 0).GroupBy(m => m.StaffId).ToDictionary(g => g.Key, g => g.Count());
        return [.. matches.Select(m =>
        {
            var colleague = contracts[m.StaffId];
            if (m.EndedReason is not null || m.HoursPerWeek == 0 || colleague.Contract is ContractType.Bank or ContractType.Agency || teams[m.StaffId] > 2)
            {
                return m;
            }

            return m with { HoursPerWeek = Math.Min(m.HoursPerWeek, Math.Round(colleague.ContractedHoursPerWeek / teams[m.StaffId], 1, MidpointRounding.ToZero)) };
        })];
    }

    private static List<SampleKnows> BuildKnows(Random random, DateOnly today, List<SamplePerson> people, List<SampleStaff> staff, List<SampleMatch> matches)
    {
        var knows = new List<SampleKnows>();
        var current = people.Where(p => p.EndedOn is null).ToList();
        var leaders = staff.Where(s => s.Staff.IsLeader && s.LeftOn is null).ToList();
        foreach (var (leader, l) in leaders.Select((x, i) => (x, i)))
        {
            foreach (var (person, p) in current.Select((x, i) => (x, i)))
            {
                // The newest team leader has not met the two people who came most recently.
                if (l == leaders.Count - 1 && p >= current.Count - 2)
                {
                    continue;
                }

                var days = l == 1 && p == 4 ? 47 : random.Next(1, 25);
                knows.Add(new SampleKnows(leader.Id, person.Id, null, today.AddDays(-days)));
            }
        }

        foreach (var team in matches.Where(m => m.EndedReason is null && m.Stages[^1] is MatchStage.Matched or MatchStage.Induction).GroupBy(m => m.PersonId))
        {
            var members = team.Select(m => m.StaffId).Distinct().ToList();
            foreach (var member in members)
            {
                knows.Add(new SampleKnows(member, team.Key, null, today.AddDays(-random.Next(0, 10))));
            }

            // Teams know each other well, but not always everyone.
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if ((i + j + members.Count) % 5 != 0)
                    {
                        knows.Add(new SampleKnows(members[i], null, members[j], today.AddDays(-random.Next(0, 20))));
                    }
                }
            }
        }

        return knows;
    }

    private static List<SampleAvailability> BuildAvailability(Random random, DateOnly today, List<SampleStaff> staff)
    {
        var changes = new List<SampleAvailability>();
        var current = staff.Where(s => s.LeftOn is null).ToList();
        for (var i = 0; i < current.Count; i++)
        {
            var colleague = current[i];
            if (i % 5 == 2)
            {
                // Sickness earlier in the year.
                var from = today.AddDays(-random.Next(40, 330));
                changes.Add(new SampleAvailability(colleague.Id, AvailabilityStatus.OffSick, from, from.AddDays(random.Next(1, 9)), "Back after a short illness"));
            }

            if (i % 13 == 6)
            {
                changes.Add(new SampleAvailability(colleague.Id, AvailabilityStatus.OnLeave, today.AddDays(-random.Next(1, 4)), today.AddDays(random.Next(3, 12)), "Annual leave"));
            }
            else if (i % 17 == 9)
            {
                changes.Add(new SampleAvailability(colleague.Id, AvailabilityStatus.OffSick, today.AddDays(-random.Next(1, 6)), null, "Off sick until further notice"));
            }
        }

        return changes;
    }

    /// <summary>The team leaders share the teams between them, in turn; the first leads Sam's.</summary>
    private static ImmutableDictionary<string, ImmutableArray<string>> BuildTeamLeaders(List<SamplePerson> people, List<SampleStaff> staff)
    {
        var leaders = staff.Where(s => s.Staff.Role == "Team leader" && s.LeftOn is null).Select(s => s.Id).ToList();
        return leaders.Count == 0
            ? ImmutableDictionary<string, ImmutableArray<string>>.Empty
            : people.Where(p => p.EndedOn is null).Select((p, i) => (p.Id, Leader: leaders[i % leaders.Count]))
                .ToImmutableDictionary(x => x.Id, x => ImmutableArray.Create(x.Leader));
    }

    private static IEnumerable<MatchStage> ForwardTo(MatchStage last)
    {
        for (var stage = MatchStage.Interested; stage <= last; stage++)
        {
            yield return stage;
        }
    }
}
