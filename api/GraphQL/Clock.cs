using Microsoft.Extensions.DependencyInjection;
using SupportGrains.GraphQL.Execution;

namespace SupportGrains.Api.GraphQL;

/// <summary>"Today" from the injected TimeProvider, so tests can fix it.</summary>
internal static class Clock
{
    public static DateOnly Today(ResolveContext context) => Today(context.Services!.GetRequiredService<TimeProvider>());

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public static DateTimeOffset Now(ResolveContext context) => context.Services!.GetRequiredService<TimeProvider>().GetUtcNow();
}
