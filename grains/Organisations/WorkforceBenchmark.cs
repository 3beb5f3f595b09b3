namespace SupportGrains.Grains.Organisations;

/// <summary>A reference row to read an organisation's own figures beside (Skills for Care ASC-WDS 2022–23, seed 001 Figure 1).</summary>
[GenerateSerializer, Immutable]
[Alias("SupportGrains.WorkforceBenchmark")]
public sealed record WorkforceBenchmark(
    string Name,
    double? VacancyRate,
    double? TurnoverRate,
    double? AverageYearsInPost,
    double? TotalPosts,
    double? PostsFilled,
    double? VacantPosts,
    string? Sickness,
    string Note)
{
    /// <summary>The five reference rows of DOMAIN.md, rates as fractions.</summary>
    public static IReadOnlyList<WorkforceBenchmark> Reference { get; } =
    [
        new("England, all adult social care", 0.099, 0.34, 6.2, 1_790_000, 1_640_000, 152_000, "10.6 days", "Skills for Care, 2022–23"),
        new("England, learning disability & autism", 0.084, 0.26, 3.5, 671_000, 583_000, 88_000, "9.3%", "Skills for Care, 2022–23; time in post given as 3–4 years (3.5 shown)"),
        new("Small Supports org 1", 0.13, 0.24, 4 + (1 / 12.0), 264, 229, 35, "4%", "Never Giving Up On Anyone (2023); time in post 4 years 1 month"),
        new("Small Supports org 2", 0.0166, 0.20, 4.0, 120, 118, 2, "8%", "Never Giving Up On Anyone (2023)"),
        new("Small Supports org 3", 0.096, 0.25, 3.5, 156, 141, 15, "3.6%", "Never Giving Up On Anyone (2023)"),
    ];
}
