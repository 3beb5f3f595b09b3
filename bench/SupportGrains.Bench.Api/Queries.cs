namespace SupportGrains.Bench.Api;

/// <summary>The questions the bench asks, as a planner or team leader would.</summary>
internal static class Queries
{
    public static IReadOnlyList<(string Name, string Query)> For(string organisationId, string personId) =>
    [
        ("whoKnowsEveryone", $$"""{ organisation(id: "{{organisationId}}") { whoKnowsEveryone { id name role } } }"""),
        ("sizeCheck(adding: 1)", $$"""{ organisation(id: "{{organisationId}}") { sizeCheck(adding: 1) { status peopleSupported adding inFirstYear findings { code status limit actual people { id } staff { id } } } } }"""),
        ("workforce", $$"""{ organisation(id: "{{organisationId}}") { workforce { postsTotal postsFilled vacancyRate leaversLast12Months turnoverRate stabilityIndex averageYearsInPost sicknessDaysPerWorker staffPerPerson } } }"""),
        ("person's team with members", $$"""{ person(id: "{{personId}}") { name team { fundedHoursPerWeek coveredHoursPerWeek members { hoursPerWeek staff { name role availability { status } } match { stage } } } } }"""),
    ];
}
