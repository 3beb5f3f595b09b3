using System.Collections.Immutable;

namespace SupportGrains.Grains.Organisations;

/// <summary>An organisation's workforce indicators on a day, with the reference rows beside them. Rates are fractions.</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.WorkforceIndicators")]
public sealed record WorkforceIndicators(
    DateOnly AsOf,
    int PostsTotal,
    int PostsFilled,
    int PostsVacant,
    double VacancyRate,
    int LeaversLast12Months,
    double TurnoverRate,
    double? StabilityIndex,
    double AverageYearsInPost,
    double ShareWithMoreThanOneYear,
    double SicknessDaysPerWorker,
    double StaffPerPerson,
    ImmutableArray<WorkforceBenchmark> Benchmarks);
