using Microsoft.Extensions.DependencyInjection;
using SupportGrains.GraphQL.Execution;
using DomainClock = SupportGrains.Grains.Common.Clock;

namespace SupportGrains.Api.GraphQL;

/// <summary>"Today" from the domain's clock, so tests can fix it.</summary>
internal static class Days
{
    public static DateOnly Today(ResolveContext context) => context.Services!.GetRequiredService<DomainClock>().Today;

    /// <summary>The asOf argument when given, otherwise today.</summary>
    public static DateOnly AsOf(ResolveContext context) => context.Arguments.GetValueOrDefault("asOf") is DateOnly asOf ? asOf : Today(context);
}
