using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using SupportGrains.Grains.Common;
using SupportGrains.GraphQL.Execution;

namespace SupportGrains.Api.GraphQL;

/// <summary>Reading coerced arguments and input objects, and reaching the grains, from a resolver.</summary>
internal static class Inputs
{
    public static IGrainFactory Grains(this ResolveContext context) => context.Services!.GetRequiredService<IGrainFactory>();

    public static IReadOnlyDictionary<string, object?> Input(this ResolveContext context, string name = "input") =>
        context.Argument<IReadOnlyDictionary<string, object?>>(name) ?? throw new InvalidOperationException($"The argument {name} is missing.");

    /// <summary>A service of the application layer (scoped to this request), e.g. <see cref="Application.StaffService"/>.</summary>
    public static T Service<T>(this ResolveContext context)
        where T : notnull => context.Services!.GetRequiredService<T>();

    /// <summary>The access policy applied to this request.</summary>
    public static Access.Access Access(this ResolveContext context) => context.Services!.GetRequiredService<Access.Access>();

    /// <summary>
    /// The context of the change this mutation field asks for: its idempotency key (from the input
    /// object or, for mutations without one, the field's own argument), who asked, the operation and
    /// its input for the audit trail.
    /// </summary>
    public static ChangeContext Change(this ResolveContext context) =>
        context.Access().Change(
            context.Field.Name,
            (context.Arguments.GetValueOrDefault("input") as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault("clientMutationId") as string ?? context.Argument<string>("clientMutationId"),
            context.Arguments);

    /// <summary>A field the schema makes required (or gives a default): missing or of another type is an error, never a silent default.</summary>
    public static T Get<T>(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw DomainException.InvalidInput(value is null ? $"{name} is missing." : $"{name} must be a {typeof(T).Name}, not {value.GetType().Name}.");

    /// <summary>A field argument the schema makes required.</summary>
    public static T Required<T>(this ResolveContext context, string name) =>
        context.Arguments.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw DomainException.InvalidInput(value is null ? $"{name} is missing." : $"{name} must be a {typeof(T).Name}, not {value.GetType().Name}.");

    /// <summary>A field argument that may be left out.</summary>
    public static T? OptionalArgument<T>(this ResolveContext context, string name)
        where T : struct => context.Arguments.TryGetValue(name, out var value) && value is T typed ? typed : null;

    public static T? Optional<T>(this IReadOnlyDictionary<string, object?> input, string name)
        where T : struct => input.TryGetValue(name, out var value) && value is T typed ? typed : null;

    public static string? Text(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) ? value as string : null;

    public static ImmutableArray<string> Texts(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];
}
