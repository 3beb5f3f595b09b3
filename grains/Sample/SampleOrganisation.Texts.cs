using System.Collections.Immutable;
using SupportGrains.Grains.Matches;
using SupportGrains.Grains.People;

namespace SupportGrains.Grains.Sample;

/// <summary>The words of the sample organisation: fictional names, one-page profiles, circles, reviews.</summary>
public static partial class SampleOrganisation
{
    private static readonly string[] PeopleFirst =
    [
        "Sam", "Aisha", "Tom", "Grace", "Leon", "Maya", "Callum", "Ruth", "Dev", "Niamh", "Owen", "Zara", "Patrick",
        "Hannah", "Kwame", "Isla", "Marcus", "Joy", "Ellis", "Farah", "Rory", "Bethan", "Tariq", "Lucy",
    ];

    private static readonly string[] StaffFirst =
    [
        "Helen", "Marcus", "Priya", "Gareth", "Chloe", "Daniel", "Amara", "Jack", "Sophie", "Ravi", "Kirsty", "Liam", "Nadia",
        "Ben", "Fiona", "Ade", "Megan", "Tom", "Yasmin", "Craig", "Erin", "Jamal", "Holly", "Sean", "Leah", "Imran", "Cara",
    ];

    private static readonly string[] Surnames =
    [
        "Okafor", "Hughes", "Walsh", "Bennett", "Khan", "Morgan", "Reid", "Davies", "Mensah", "Campbell", "Ahmed", "Price",
        "Doyle", "Evans", "Lewis", "Shah", "Murray", "Green", "Brooks", "Patel", "Quinn", "Turner", "Baker", "Hassan",
    ];

    private static readonly string[] Interests =
    [
        "climbing", "swimming", "cooking", "music festivals", "football", "gardening", "fishing", "art", "walking the dog",
        "cycling", "trains", "photography", "baking", "drumming", "board games", "allotments", "wildlife", "theatre",
    ];

    private static readonly string[] LeavingReasons =
    [
        "Moved away to be nearer family", "Went to study nursing", "Career change", "Retired", "Shift pattern no longer fitted childcare",
    ];

    private static readonly string[] EndedReasons =
    [
        "The person said the match was not working for them after three reviews",
        "Moved to another team where the match is stronger",
        "Left the organisation",
        "Did not complete induction",
    ];

    private static (string First, string Last) PersonName(int i) =>
        (PeopleFirst[i % PeopleFirst.Length], Surnames[((i / PeopleFirst.Length) + (i * 7)) % Surnames.Length]);

    // Each first name meets each surname once before any pair repeats, so names are unique up to
    // 27 × 24 colleagues; beyond that a second surname is added (the benches' large organisations).
    private static (string First, string Last) StaffName(int i)
    {
        var pairs = StaffFirst.Length * Surnames.Length;
        var last = Surnames[(i / StaffFirst.Length + (i % StaffFirst.Length * 7) + 3) % Surnames.Length];
        return (StaffFirst[i % StaffFirst.Length], i < pairs ? last : $"{last}-{Surnames[(i / pairs) % Surnames.Length]}");
    }

    private static OnePageProfile Profile(Random random, string first, int i) => new()
    {
        Appreciation = [$"{first} has a great sense of humour", "Loyal to the people who take time to know them", "Brilliant at remembering birthdays"],
        ImportantToMe = ["My own front door and my own routines", "Seeing my family every week", $"Time for {Interests[(i + 3) % Interests.Length]}"],
        HowToSupportMe = ["Explain changes early, in person, and more than once", "Give me time to answer before asking again", "Keep the same faces around me"],
        Interests = [Interests[i % Interests.Length], Interests[(i * 5 + 1) % Interests.Length], Interests[random.Next(Interests.Length)]],
    };

    private static ImmutableArray<Relationship> Circle(Random random, int i) =>
    [
        new(i % 3 == 0 ? "Mum" : "Dad", RelationshipKind.Family, 1),
        new(i % 2 == 0 ? "Sister, Jo" : "Brother, Lee", RelationshipKind.Family, 2),
        new("Friend from the allotment", RelationshipKind.Friend, random.Next(2, 4)),
        new("Staff at the café on the high street", RelationshipKind.Community, 3),
        new("Community nurse", RelationshipKind.Professional, 4),
    ];

    private static IEnumerable<string> StaffInterests(Random random) =>
        Enumerable.Range(0, 2).Select(_ => Interests[random.Next(Interests.Length)]).Distinct();

    private static ImmutableArray<MatchReview> Reviews(Random random, DateOnly today, string person, string colleague, bool detailed)
    {
        var on = today.AddDays(-random.Next(7, 30));
        if (!detailed)
        {
            return [new MatchReview(on, Perspective.Staff, [$"{person} and {colleague} share a love of the same music"], [], ["Keep the Thursday routine"])];
        }

        return
        [
            new MatchReview(today.AddDays(-84), Perspective.Person,
                [$"Going climbing with {colleague} on Saturdays", $"{colleague} listens and does not rush me"],
                ["Mornings feel rushed when there is a new face"],
                ["Introduce new team members over coffee first", "Keep Saturday climbing"]),
            new MatchReview(today.AddDays(-83), Perspective.Family,
                [$"{person} talks about {colleague} at every visit", "Fewer phone calls from worried neighbours"],
                ["We are not always told about changes to the rota"],
                ["Send the family the rota each Friday"]),
            new MatchReview(today.AddDays(-14), Perspective.Staff,
                [$"{person} has started cooking one meal a week", "The team hand over well at night"],
                ["Two sleep-ins in a row are tiring"],
                ["Spread sleep-ins across the team", "Review again in four weeks"]),
            new MatchReview(today.AddDays(-12), Perspective.Person,
                ["I choose what we cook now", $"{colleague} remembered my sister's birthday"],
                [],
                ["Plan the trip to the coast together"]),
        ];
    }
}
