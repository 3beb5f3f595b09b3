namespace SupportGrains.Bench.Api;

/// <summary>The questions the bench asks, as a planner or team leader would.</summary>
internal static class Queries
{
    public static IReadOnlyList<(string Name, string Query)> For(string organisationId, string personId) =>
    [
        ("whoKnowsEveryone", $$"""{ organisation(id: "{{organisationId}}") { whoKnowsEveryone { id name role } } }"""),
        ("sizeCheck(adding: 1)", $$"""{ organisation(id: "{{organisationId}}") { sizeCheck(adding: 1) { status asOf peopleSupported adding inFirstYear findings { code status message limit actual people { id } staff { id } } } } }"""),
        ("workforce", $$"""{ organisation(id: "{{organisationId}}") { workforce { asOf postsTotal postsFilled postsVacant vacancyRate leaversLast12Months turnoverRate stabilityIndex averageYearsInPost shareWithMoreThanOneYear sicknessDaysPerWorker staffPerPerson } } }"""),
        ("person's team with members", $$"""{ person(id: "{{personId}}") { name team { fundedHoursPerWeek coveredHoursPerWeek uncoveredHoursPerWeek members { hoursPerWeek staff { name role availability { status } } match { stage } } } } }"""),
    ];

    /// <summary>For scale, not judged: the least a question can ask that still reaches a grain (one organisation read).</summary>
    public static (string Name, string Query) Floor(string organisationId) =>
        ("(for scale) organisation id", $$"""{ organisation(id: "{{organisationId}}") { id } }""");

    /// <summary>What the cold-start part asks of one organisation: the three organisation-wide questions at once.</summary>
    public static string Cold(string organisationId) =>
        $$"""{ organisation(id: "{{organisationId}}") { sizeCheck { status findings { code } } whoKnowsEveryone { name } workforce { vacancyRate } } }""";
}
